// Before a write signs a new head, it checks the head it follows: signed by a known key, naming
// the last event's id and hash. A chain rewritten behind the application's back fails that, and
// the write is refused (the transaction rolls back), so the next ordinary write never signs over
// the rewrite and the evidence is kept for `npm run audit:verify`. One signature check per write.
import { desc } from "drizzle-orm";
import { signatureProblem, type PublicAuditKey } from "../lib/audit/signature";
import { readHead } from "./audit-head";
import { auditCheckpoints, events, type CheckpointRow } from "./schema";
import type { Conn } from "./client";

export const AUDIT_HELD_MESSAGE =
  "Amends could not save: its audit trail failed a check, so writes are held until an operator runs npm run audit:verify; nothing was saved.";

/** A write refused because the chain's head is not the one the application signed. */
export class AuditHeldError extends Error {
  constructor(readonly reason: string) {
    super(`writes are held: the audit chain's ${reason}. Run npm run audit:verify.`);
    this.name = "AuditHeldError";
  }
}

/**
 * How the next event is chained: `signed` (the chain has checkpoints, or no events yet: sign the
 * new head), `unsigned` (events from before checkpoints that the operator has not signed yet:
 * the head stays unsigned, the app never signs such a chain by itself).
 */
export type ChainState =
  | { signed: true; last: { id: number; hash: string } | undefined; checkpoint: CheckpointRow | undefined }
  | { signed: false; last: { id: number; hash: string }; checkpoint: undefined };

/** The chain's state, or why no write may follow it. */
export function chainState(tx: Conn, keys: ReadonlyMap<string, PublicAuditKey>): ChainState | { problem: string } {
  const last = tx.select({ id: events.id, hash: events.hash }).from(events).orderBy(desc(events.id)).limit(1).get();
  const checkpoint = tx.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.eventId)).limit(1).get();
  const head = readHead(tx);
  const problem = (text: string) => ({ problem: text });
  if (head === "unreadable") return problem("recorded head (settings audit.head) is not readable");
  if (!last) {
    if (checkpoint) return problem(`checkpoints stand (the last at event ${checkpoint.eventId}) but there are no events: they were deleted`);
    if (head) return problem(`head names event ${head.id} but there are no events: they were deleted`);
    return { signed: true, last, checkpoint };
  }
  if (!head) return problem(`recorded head is missing (the chain ends at event ${last.id}): events may have been deleted with it`);
  if (head.id !== last.id) return problem(`head names event ${head.id}, but the chain ends at event ${last.id}: it was not written by the application`);
  if (head.hash !== last.hash) return problem(`last event (${last.id}) differs from the recorded head: it was changed behind the application's back`);
  if (!checkpoint) {
    if (head.signed) return problem("head is signed but no checkpoint is left: checkpoints were removed");
    return { signed: false, last, checkpoint };
  }
  if (checkpoint.eventId > last.id) return problem(`last checkpoint signs event ${checkpoint.eventId}, after the last event (${last.id}): events were deleted`);
  if (!head.signed) return problem("head is not signed, though the chain has checkpoints");
  const signature = signatureProblem(head.signed, keys);
  if (signature) return problem(`head (event ${head.id}): ${signature}`);
  return { signed: true, last, checkpoint };
}

/** The chain's state for a write; throws AuditHeldError (logged for the operator) when none may follow. */
export function requireIntactHead(tx: Conn, keys: ReadonlyMap<string, PublicAuditKey>): ChainState {
  const state = chainState(tx, keys);
  if (!("problem" in state)) return state;
  const error = new AuditHeldError(state.problem);
  console.error(`Amends: ${error.message}`);
  throw error;
}
