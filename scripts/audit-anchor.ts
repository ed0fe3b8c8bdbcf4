// npm run audit:anchor — verifies the chain, then prints its head signed with the audit key: an
// anchor for an auditor to keep outside the installation, and the public key that checks it.
// Later, `npm run audit:verify -- --anchor VALUE` proves the chain still holds that head unchanged.
import { verifyAuditChain } from "../db/audit";
import { signUnsignedChain } from "../db/audit-sign";
import { databasePath, getDb } from "../db/client";
import { formatAnchor } from "../lib/audit/anchor";
import { MISSING_AUDIT_KEY, findAuditKey } from "../lib/audit/key-source";
import { describeVerification, utcMinute } from "../lib/audit/report";

const key = findAuditKey(databasePath());
if (!key) {
  console.error(MISSING_AUDIT_KEY);
  process.exit(1);
}
const db = getDb();
// A chain from before checkpoints is signed first (only if its hashes verify).
if (signUnsignedChain(db, key)) console.log("The chain had no checkpoint yet: its head is now signed.");
const result = await verifyAuditChain(db);
if (!result.ok || !result.head) {
  console.error(result.ok ? "The chain is empty: there is nothing to anchor yet." : `No anchor: ${describeVerification(result)}`);
  process.exit(1);
}
const { head } = result;
console.log(`Head: event ${head.eventId}, hash ${head.hash}, signed on ${utcMinute(head.at)} by key ${head.keyId}.`);
console.log(`Public key ${key.id}: ${key.publicKey.text}  (an auditor checks with AUDIT_PUBLIC_KEYS=${key.publicKey.text})`);
console.log("Keep this anchor outside the installation; later, npm run audit:verify -- --anchor <it> proves the chain still holds it:");
console.log(formatAnchor(head));
