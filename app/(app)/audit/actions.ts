"use server";
import type { FormState } from "@/app/_components/form-state";
import { noInputAction } from "@/app/_server/server-action";
import { requireActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { verifyAuditChain } from "@/db/audit";
import { describeVerification } from "@/lib/audit/report";

/** "Verify the chain": the same check as `npm run audit:verify` (hashes, signed checkpoints and head, records). */
export const verifyChainAction = noInputAction(async (): Promise<FormState> => {
  await requireActor("verify:audit:any");
  const result = await verifyAuditChain(getDb());
  const message = describeVerification(result);
  return result.ok ? { ok: true, message, answeredAt: Date.now() } : { ok: false, formError: message, answeredAt: Date.now() };
});
