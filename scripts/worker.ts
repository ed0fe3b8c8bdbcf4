// npm run worker — the scheduler alone (sweeps and deliveries), for a deployment that runs its web
// processes with AMENDS_SCHEDULER=off. Several workers may run at once (lib/outbox/scheduler.ts).
import { openDatabase } from "../db/client";
import { readSchedulerSetting } from "../lib/outbox/setting";
import { startFromSetting } from "../lib/outbox/start";

const read = readSchedulerSetting({ ...process.env, AMENDS_SCHEDULER: "on" });
if (!read.ok) {
  console.error(`Amends worker cannot start: ${read.message}`);
  process.exit(1);
}
const running = startFromSetting(openDatabase(), read.setting);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    // The run in progress finishes (a mail being sent is recorded), then the worker exits.
    void running.stop().then(() => process.exit(0));
  });
}
