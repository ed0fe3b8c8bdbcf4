// Refuse to start without what production needs, with a message that says what to do, rather
// than failing on the first sign-in or the first write.
import { authSecret } from "./app/_server/auth-secret";
import { checkFrontServer } from "./app/_server/front-server";
import { signUnsignedChain } from "./db/audit-sign";
import { databasePath, getDb } from "./db/client";
import { localAuditKey, requireAuditKey } from "./lib/audit/key-source";
import type { AuditKey } from "./lib/audit/signature";

let key: AuditKey;
try {
  checkFrontServer();
  authSecret();
  // Every write signs the audit chain: production brings its own key; development makes one.
  key = process.env.NODE_ENV === "production" ? requireAuditKey(databasePath()) : localAuditKey(databasePath());
} catch (error) {
  console.error(`Amends cannot start: ${(error as Error).message}`);
  process.exit(1);
}

// A chain from before checkpoints existed is signed once, as it stands, if its hashes verify.
try {
  const signed = signUnsignedChain(getDb(), key);
  if (signed) console.log(`Amends signed the audit chain's head (event ${signed.eventId}) with key ${signed.keyId}: its first checkpoint.`);
} catch (error) {
  console.error(`Amends: ${(error as Error).message} Run npm run audit:verify for the details.`);
}
