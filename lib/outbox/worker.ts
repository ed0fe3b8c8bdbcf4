// Delivers what is due from the outbox (db/writes/deliveries.ts): claims a batch for a lease,
// sends each, and records the outcome. The lease outlives a send's timeouts (lib/mail/transport.ts),
// so a row is only taken again when its worker died.
import { claimDue, markAttemptFailed, markSent, type ClaimedDelivery } from "../../db/writes/deliveries";
import type { Db } from "../../db/client";
import type { MailContent } from "../mail/message";
import type { SendMail } from "../mail/transport";

export const LEASE_MS = 5 * 60_000;
const BATCH = 25;

export interface Senders {
  /** null when mail is off (lib/mail/config.ts): a mail found in the outbox then waits and retries. */
  mail: SendMail | null;
}

export interface DeliveryRun {
  sent: number;
  retried: number;
  failed: number;
}

async function send(d: ClaimedDelivery, senders: Senders): Promise<string> {
  if (d.channel === "mail") {
    if (!senders.mail) throw new Error("Mail is off: SMTP_URL and MAIL_FROM are not set.");
    const content = JSON.parse(d.payload) as MailContent;
    return (await senders.mail({ ...content, to: d.target, key: d.key })).messageId;
  }
  throw new Error(`No sender for ${d.channel} deliveries.`);
}

/** Sends every delivery due at `clock()`, batch by batch, until none is left. */
export async function deliverDue(db: Db, senders: Senders, worker: string, clock: () => number = Date.now): Promise<DeliveryRun> {
  const run: DeliveryRun = { sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const batch = claimDue(db, worker, clock(), LEASE_MS, BATCH);
    if (batch.length === 0) return run;
    for (const d of batch) {
      try {
        const outcome = await send(d, senders);
        markSent(db, d.id, worker, outcome, clock());
        run.sent += 1;
      } catch (error) {
        const settled = markAttemptFailed(db, d, worker, (error as Error).message || String(error), clock());
        run[settled === "failed" ? "failed" : "retried"] += 1;
      }
    }
  }
}
