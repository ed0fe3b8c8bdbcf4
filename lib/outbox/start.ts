// Starts the scheduler in this process from its settings (lib/outbox/setting.ts): inside the
// server (instrumentation-node.ts) and in `npm run worker` (scripts/worker.ts).
import type { Db } from "../../db/client";
import { smtpSender } from "../mail/transport";
import { startScheduler } from "./scheduler";
import { workerName, type SchedulerSetting } from "./setting";

export function startFromSetting(db: Db, setting: SchedulerSetting, log: (line: string) => void = console.error) {
  const worker = workerName();
  const mail = setting.mail.on ? smtpSender(setting.mail.config) : null;
  log(`Amends: the scheduler runs every ${setting.everyMs / 1000} s as ${worker}; mail is ${setting.mail.on ? `on (${setting.mail.config.from})` : `off (${setting.mail.reason})`}.`);
  return startScheduler({ db, worker, senders: { mail }, baseUrl: setting.baseUrl }, setting.everyMs, log);
}
