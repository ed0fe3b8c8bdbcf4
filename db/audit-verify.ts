// Verifying the audit chain (npm run audit:verify, the audit page, backup and restore): the hash
// chain, its signed checkpoints and head, an outside anchor when one is given, then every record
// against the event that created it. Streams in id order; names the first thing that is broken.
import { asc, gt } from "drizzle-orm";
import { ChainVerifier, type VerifyResult } from "../lib/audit/chain";
import { CHECKPOINT_EVERY } from "../lib/audit/checkpoints";
import { verifierKeys } from "../lib/audit/key-source";
import { RECORD_EVENTS } from "../lib/audit/record-events";
import { RowReplay } from "../lib/audit/replay";
import { utcMinute, type AuditBroken, type AuditVerification, type RecordCount } from "../lib/audit/report";
import { signatureProblem, type PublicAuditKey, type SignedHead } from "../lib/audit/signature";
import { readHead } from "./audit-head";
import { verifyRecords } from "./audit-records";
import { verifyReplay } from "./audit-replay";
import { auditCheckpoints, events, type CheckpointRow } from "./schema";
import { databasePath, type Conn } from "./client";

export type { AuditVerification } from "../lib/audit/report";

export interface VerifyOptions {
  /** A signed head kept outside the installation (npm run audit:anchor): the chain must still hold it. */
  anchor?: SignedHead | null;
  /** The public keys signatures are checked with; by default this installation's (lib/audit/key-source.ts). */
  keys?: ReadonlyMap<string, PublicAuditKey>;
}

const BATCH = 5000;

export async function verifyAuditChain(conn: Conn, options: VerifyOptions = {}): Promise<AuditVerification> {
  const keys = options.keys ?? verifierKeys(databasePath());
  // One read transaction, so writes going on meanwhile are not half seen (nor race the head).
  return conn.transaction((tx) => verifyIn(tx, keys, options.anchor ?? null), { behavior: "deferred" });
}

/** Every event in id order, a batch at a time (a chain may hold millions). */
export function* eventsInOrder(conn: Conn) {
  for (let after = 0; ; ) {
    const rows = conn.select().from(events).where(gt(events.id, after)).orderBy(asc(events.id)).limit(BATCH).all();
    if (rows.length === 0) return;
    yield* rows;
    after = rows[rows.length - 1].id;
  }
}

const asSigned = (c: CheckpointRow): SignedHead => ({ eventId: c.eventId, hash: c.hash, at: c.signedAt, keyId: c.keyId, signature: c.signature, legacy: c.legacy });

function verifyIn(tx: Conn, keys: ReadonlyMap<string, PublicAuditKey>, anchor: SignedHead | null): AuditVerification {
  const broken = (count: number, brokenId: number | null, subject: string, reason: string): AuditBroken => ({ ok: false, count, brokenId, subject, reason });
  const anchorProblem = anchor && signatureProblem(anchor, keys);
  if (anchorProblem) return broken(0, null, "the anchor", `${anchorProblem}; it proves nothing about this chain`);
  const head = readHead(tx);
  if (head === "unreadable") return broken(0, null, "the head", "the recorded head (settings audit.head) is not readable");
  const checkpoints = tx.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.eventId)).all();

  const chain = new ChainVerifier();
  const replay = new RowReplay();
  let next = 0;
  let previous: number | null = null;
  let last: { id: number; hash: string } | null = null;
  let anchorHeld = false;
  for (const row of eventsInOrder(tx)) {
    if (!chain.push(row)) {
      const r = chain.result() as Extract<VerifyResult, { ok: false }>;
      return broken(r.count, r.brokenId, `event ${r.brokenId}`, r.reason);
    }
    if (next < checkpoints.length && checkpoints[next].eventId <= row.id) {
      const checkpoint = checkpoints[next++];
      const problem = placeProblem(checkpoint, previous) ?? checkpointProblem(checkpoint, row, previous, keys);
      if (problem) return broken(chain.intact - 1, checkpoint.eventId, `the checkpoint at event ${checkpoint.eventId}`, problem);
      previous = checkpoint.eventId;
    }
    if (anchor && anchor.eventId === row.id) {
      if (row.hash !== anchor.hash) {
        return broken(chain.intact - 1, row.id, `event ${row.id}`, `it is not the event the anchor signed on ${utcMinute(anchor.at)}: the chain was rewritten up to it`);
      }
      anchorHeld = true;
    }
    replay.push(row);
    last = row;
  }
  const count = chain.intact;
  const lastId = last?.id ?? 0;

  if (next < checkpoints.length) {
    const orphan = checkpoints[next];
    return broken(count, lastId + 1, `the checkpoint at event ${orphan.eventId}`, `it signs an event the chain no longer has (it ends at event ${lastId}): the events after ${lastId} were deleted`);
  }
  if (last) {
    if (!head) return broken(count, lastId, "the head", `the recorded head is missing: events after event ${lastId} may have been deleted with it`);
    if (!head.signed) {
      return checkpoints.length
        ? broken(count, lastId, "the head", "it is not signed, though the chain has checkpoints: it was not written by the application")
        : unsignedChain(count, head, chain);
    }
    const headProblem = signatureProblem(head.signed, keys);
    if (headProblem) return broken(count, head.id, "the head", headProblem);
    if (previous === null) return broken(count, lastId, "the chain", "its head is signed but no checkpoint is left: checkpoints were removed");
    if (lastId - previous >= CHECKPOINT_EVERY) {
      return broken(count, previous + CHECKPOINT_EVERY, `the ${lastId - previous} events after the checkpoint at event ${previous}`, `none of them is a checkpoint, but one is signed at least every ${CHECKPOINT_EVERY} events: checkpoints were removed`);
    }
  }
  const end = chain.result(head ? { id: head.id, hash: head.hash } : null);
  if (!end.ok) return broken(end.count, end.brokenId, `event ${end.brokenId}`, end.reason);
  if (anchor && !anchorHeld) {
    return broken(count, lastId + 1, "the chain", `it ends at event ${lastId}, before the anchor's event ${anchor.eventId} (signed on ${utcMinute(anchor.at)}): the events after ${lastId} were removed`);
  }

  const records: RecordCount[] = [];
  for (const spec of RECORD_EVENTS) {
    const result = verifyRecords(tx, spec);
    if ("reason" in result) return { ...broken(count, result.eventId, result.subject, result.reason), record: true };
    records.push(result);
  }
  const replayed = verifyReplay(tx, replay);
  if ("reason" in replayed) return { ...broken(count, replayed.eventId, replayed.subject, replayed.reason), record: true };
  const lastCheckpoint = checkpoints.at(-1);
  return {
    ok: true,
    count,
    headHash: end.headHash,
    head: head?.signed ?? null,
    checkpoints: {
      count: checkpoints.length,
      keyIds: [...new Set(checkpoints.map((c) => c.keyId))],
      last: lastCheckpoint ? { eventId: lastCheckpoint.eventId, at: lastCheckpoint.signedAt } : null,
      legacy: checkpoints[0]?.legacy ? { eventId: checkpoints[0].eventId, at: checkpoints[0].signedAt } : null,
    },
    records,
    replayed,
    anchor: anchor && anchorHeld ? anchor : null,
  };
}

/** Nothing signs the chain: fine by its hashes (the head included), or broken at the first break. */
function unsignedChain(count: number, head: { id: number; hash: string }, chain: ChainVerifier): AuditBroken {
  const end = chain.result(head);
  if (!end.ok) return { ok: false, count: end.count, brokenId: end.brokenId, subject: `event ${end.brokenId}`, reason: end.reason };
  const reason = `it is not signed yet: no checkpoint signs its ${count} events. After upgrading from a version before signed checkpoints, the operator signs it once with npm run audit:anchor -- --sign-unsigned; if it was signed before, its checkpoints were removed and its history cannot be trusted`;
  return { ok: false, count, brokenId: null, subject: "the chain", reason, unsigned: true };
}

/**
 * The chain is signed from its first event, so its first checkpoint is at event 1 — unless it is
 * the operator's legacy first signature of a chain from before checkpoints (db/audit-sign.ts),
 * which only the first checkpoint can be. Its signature is checked next, as legacy text.
 */
function placeProblem(checkpoint: CheckpointRow, previous: number | null): string | null {
  if (previous === null && checkpoint.eventId !== 1 && !checkpoint.legacy) {
    return `it is the first checkpoint, but the chain is signed from event 1: the checkpoints before it were removed (a chain from before checkpoints is signed once by the operator, and that signature says so)`;
  }
  if (previous !== null && checkpoint.legacy) return "it says it is the legacy first signature, but it is not the first checkpoint";
  return null;
}

/** Null when `checkpoint` is signed by a known key, signs this very event, and follows the one before closely enough. */
function checkpointProblem(checkpoint: CheckpointRow, row: { id: number; hash: string }, previous: number | null, keys: ReadonlyMap<string, PublicAuditKey>): string | null {
  if (checkpoint.eventId !== row.id) return `it names event ${checkpoint.eventId}, which is not in the chain`;
  const signature = signatureProblem(asSigned(checkpoint), keys);
  if (signature) return signature;
  if (checkpoint.hash !== row.hash) {
    const from = (previous ?? 0) + 1;
    return `event ${row.id} no longer has the hash signed on ${utcMinute(checkpoint.signedAt)}: an event from ${from} to ${row.id} was changed and the hashes after it recomputed`;
  }
  if (previous !== null && row.id - previous > CHECKPOINT_EVERY) {
    return `it comes ${row.id - previous} events after the one before (event ${previous}), but one is signed at least every ${CHECKPOINT_EVERY} events: checkpoints were removed`;
  }
  return null;
}
