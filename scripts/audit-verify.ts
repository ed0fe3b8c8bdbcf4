// npm run audit:verify — walks the event hash chain; exits non-zero at the first broken event.
import { verifyAuditChain } from "../db/audit";
import { databasePath, getDb } from "../db/client";

const result = await verifyAuditChain(getDb());
if (result.ok) {
  console.log(`ok: ${result.count} events`);
} else {
  console.error(`broken: event ${result.brokenId}: ${result.reason} (${result.count} events before it are intact) in ${databasePath()}`);
  process.exit(1);
}
