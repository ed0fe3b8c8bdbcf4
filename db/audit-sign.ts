// A chain written before checkpoints existed has none, and its head is unsigned: it is signed
// once, as it stands, if its hashes verify — when the app starts, or by npm run audit:anchor.
// From then on every write signs the head (db/audit.ts).
import { count } from "drizzle-orm";
import { ChainVerifier } from "../lib/audit/chain";
import { signHead, type AuditKey, type SignedHead } from "../lib/audit/signature";
import { readHead, writeCheckpoint, writeHead } from "./audit-head";
import { eventsInOrder } from "./audit-verify";
import { auditCheckpoints } from "./schema";
import { inTransaction, type Db } from "./client";

/** The head it signed, or null when there was nothing to sign (no events, or checkpoints already). */
export function signUnsignedChain(db: Db, key: AuditKey): SignedHead | null {
  // IMMEDIATE: no write can slip in between the check and the signature.
  return inTransaction(db, (tx) => {
    if (tx.select({ n: count() }).from(auditCheckpoints).get()!.n > 0) return null;
    const head = readHead(tx);
    if (head === "unreadable") throw new Error("The audit chain's recorded head is not readable; it was not signed.");
    const chain = new ChainVerifier();
    for (const row of eventsInOrder(tx)) if (!chain.push(row)) break;
    const result = chain.result(head);
    if (!result.ok) throw new Error(`The audit chain is broken at event ${result.brokenId} (${result.reason}); it was not signed.`);
    if (result.count === 0) return null;
    const signed = signHead(key, { eventId: result.count, hash: result.headHash, at: Date.now() });
    writeCheckpoint(tx, signed);
    writeHead(tx, signed);
    return signed;
  });
}
