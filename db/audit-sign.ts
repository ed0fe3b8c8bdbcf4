// A chain written before checkpoints existed has none, and its head is unsigned. Only the
// operator signs it, once, after upgrading (npm run audit:anchor -- --sign-unsigned): the app
// never does by itself, because everything in the database — "this chain is from before
// checkpoints" included — can be forged by whoever writes the file (deleting the checkpoints
// and writing a plain head makes any rewritten chain look like one). The signature is a
// checkpoint flagged legacy, signed as "legacy first signature at event N", so verify accepts a
// first checkpoint at an event other than 1 only when the key made it one.
import { count } from "drizzle-orm";
import { ChainVerifier } from "../lib/audit/chain";
import { signHead, type AuditKey, type SignedHead } from "../lib/audit/signature";
import { readHead, writeCheckpoint, writeHead } from "./audit-head";
import { eventsInOrder } from "./audit-verify";
import { auditCheckpoints } from "./schema";
import { inTransaction, type Db } from "./client";

/** The legacy first signature it wrote; throws, signing nothing, when the chain is not one to sign. */
export function signLegacyChain(db: Db, key: AuditKey, now = Date.now()): SignedHead {
  const refuse = (why: string) => new Error(`The audit chain was not signed: ${why}.`);
  // IMMEDIATE: no write can slip in between the check and the signature.
  return inTransaction(db, (tx) => {
    if (tx.select({ n: count() }).from(auditCheckpoints).get()!.n > 0) {
      throw refuse("it already has checkpoints, so it is signed (npm run audit:verify checks them)");
    }
    const head = readHead(tx);
    if (head === "unreadable") throw refuse("its recorded head is not readable");
    if (head?.signed) throw refuse("its head is signed but it has no checkpoint, so its checkpoints were removed; a chain signed once is never signed again as it stands");
    const chain = new ChainVerifier();
    for (const row of eventsInOrder(tx)) if (!chain.push(row)) break;
    const result = chain.result(head);
    if (!result.ok) throw refuse(`it is broken at event ${result.brokenId} (${result.reason})`);
    if (result.count === 0) throw refuse("it has no events yet; a new installation signs from its first event by itself");
    if (!head) throw refuse(`its recorded head is missing (the chain ends at event ${result.count}): events may have been deleted with it`);
    const legacy = signHead(key, { eventId: result.count, hash: result.headHash, at: now, legacy: true });
    writeCheckpoint(tx, legacy);
    writeHead(tx, signHead(key, { eventId: result.count, hash: result.headHash, at: now }));
    return legacy;
  });
}
