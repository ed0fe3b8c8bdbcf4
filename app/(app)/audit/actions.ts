"use server";
import type { FormState } from "@/app/_components/form-state";
import { requireActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { verifyAuditChain } from "@/db/audit";

/** "Verify the chain": the same check as `npm run audit:verify`. */
export async function verifyChainAction(_prev: FormState): Promise<FormState> {
  await requireActor("verify:audit:any");
  const result = await verifyAuditChain(getDb());
  return result.ok
    ? { ok: true, message: `ok: ${result.count} events`, answeredAt: Date.now() }
    : { ok: false, formError: `Broken at event ${result.brokenId}: ${result.reason} (${result.count} events before it are intact).`, answeredAt: Date.now() };
}
