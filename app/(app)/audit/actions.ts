"use server";
import { noInputAction } from "@/app/_server/server-action";
import { requireActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { verifyAuditChain } from "@/db/audit";
import { describeVerification, verificationHeadline } from "@/lib/audit/report";

/** What the page shows: a plain headline, then the same details as `npm run audit:verify`. */
export interface VerifyState {
  ok?: boolean;
  headline?: string;
  details?: string;
}

/** "Verify the chain": the same check as `npm run audit:verify` (hashes, signed checkpoints and head, records). */
export const verifyChainAction = noInputAction(async (): Promise<VerifyState> => {
  await requireActor("verify:audit:any");
  const result = await verifyAuditChain(getDb());
  return { ok: result.ok, headline: verificationHeadline(result), details: describeVerification(result) };
});
