// npm run audit:anchor [-- --sign-unsigned] — verifies the chain, then prints its head signed
// with the audit key: an anchor for an auditor to keep outside the installation, and the public
// key that checks it. Later, `npm run audit:verify -- --anchor VALUE` proves the chain still
// holds that head unchanged. --sign-unsigned is the operator's one act after upgrading from a
// version before signed checkpoints: it signs that chain as it stands (db/audit-sign.ts).
import { verifyAuditChain } from "../db/audit";
import { signLegacyChain } from "../db/audit-sign";
import { databasePath, getDb } from "../db/client";
import { formatAnchor } from "../lib/audit/anchor";
import { MISSING_AUDIT_KEY, findAuditKey } from "../lib/audit/key-source";
import { describeVerification, utcMinute } from "../lib/audit/report";
import { scriptArgs } from "./args";

const { values } = scriptArgs("npm run audit:anchor [-- --sign-unsigned]", { options: { "sign-unsigned": { type: "boolean", default: false } } });
const key = findAuditKey(databasePath());
if (!key) {
  console.error(MISSING_AUDIT_KEY);
  process.exit(1);
}
const db = getDb();
if (values["sign-unsigned"]) {
  try {
    const signed = signLegacyChain(db, key);
    console.log(`Signed the chain as it stands, up to event ${signed.eventId}, with key ${signed.keyId}: its events were written before signed checkpoints, and from now on every write signs the chain. Run this once after upgrading; a chain that later reads "not signed yet" had its checkpoints removed.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
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
