// Refuse to start without what production needs, with a message that says what to do, rather
// than failing on the first sign-in or the first write.
import { authSecret } from "./app/_server/auth-secret";
import { checkFrontServer } from "./app/_server/front-server";
import { AuditHeldError, chainState } from "./db/audit-hold";
import { databasePath, getDb } from "./db/client";
import { localAuditKey, requireAuditKey, verifierKeys } from "./lib/audit/key-source";
import { readSchedulerSetting, type SchedulerSetting } from "./lib/outbox/setting";
import { startFromSetting } from "./lib/outbox/start";

let scheduling: SchedulerSetting;
try {
  checkFrontServer();
  authSecret();
  const read = readSchedulerSetting();
  if (!read.ok) throw new Error(read.message);
  scheduling = read.setting;
  // Every write signs the audit chain: production brings its own key; development makes one.
  if (process.env.NODE_ENV === "production") requireAuditKey(databasePath());
  else localAuditKey(databasePath());
} catch (error) {
  console.error(`Amends cannot start: ${(error as Error).message}`);
  process.exit(1);
}

// The app never signs a chain by itself (db/audit-sign.ts); it says at start what holds writes
// or leaves the chain unsigned, so the operator reads it in the log before anyone saves.
try {
  const state = chainState(getDb(), verifierKeys(databasePath()));
  if ("problem" in state) console.error(`Amends: ${new AuditHeldError(state.problem).message}`);
  else if (!state.signed) {
    console.error(`Amends: the audit chain (${state.last.id} events) is not signed yet. If this installation was upgraded from a version before signed checkpoints, run npm run audit:verify, then once npm run audit:anchor -- --sign-unsigned; if it was signed before, its checkpoints were removed.`);
  }
} catch (error) {
  console.error(`Amends: the audit chain could not be checked at start: ${(error as Error).message}`);
}

// Notices and their delivery (lib/outbox/scheduler.ts), in this process unless AMENDS_SCHEDULER=off
// because `npm run worker` runs them elsewhere.
if (scheduling.on) startFromSetting(getDb(), scheduling);
