// The scheduler (docs/decisions/014-outbox-and-scheduler.md): every AMENDS_SWEEP_SECONDS (60 by
// default) one worker sweeps for what became due and writes its notices, then every worker
// delivers what the outbox holds. It runs inside `npm start` and as `npm run worker`; several at
// once are safe: the sweep is one IMMEDIATE transaction under a lease, deliveries are claimed.
import { inTransaction, type Db } from "../../db/client";
import { setSweptTo, sweptTo, takeLease } from "../../db/writes/scheduler-jobs";
import { readOrgSettings } from "../../db/writes/settings";
import { sweepClocks } from "../notices/sweep-clocks";
import { deliverDue, type DeliveryRun, type Senders } from "./worker";

const SWEEP = "sweep";
/** A first sweep (a new installation, or one upgraded to this version) looks back this far, not at all history. */
export const FIRST_LOOK_BACK_MS = 24 * 3_600_000;

export interface SchedulerOptions {
  db: Db;
  /** This process's name in leases and claims: host, pid and a random part. */
  worker: string;
  senders: Senders;
  /** AMENDS_URL: where the links in mails point. */
  baseUrl: string;
  clock?: () => number;
}

/** Sweeps once if this worker holds (or takes) the sweep's lease: the notices written, or null when another worker holds it. */
export function sweepOnce(opts: SchedulerOptions, leaseMs: number): number | null {
  const now = (opts.clock ?? Date.now)();
  return inTransaction(opts.db, (tx) => {
    if (!takeLease(tx, SWEEP, opts.worker, now, now + leaseMs)) return null;
    const since = sweptTo(tx, SWEEP) ?? now - FIRST_LOOK_BACK_MS;
    const settings = readOrgSettings(tx);
    const written = sweepClocks(tx, {
      now,
      since,
      links: { baseUrl: opts.baseUrl, organisationName: settings.organisationName },
      timeZone: settings.timeZone,
      mailOn: opts.senders.mail !== null,
    });
    setSweptTo(tx, SWEEP, now);
    return written;
  });
}

export interface Tick {
  notices: number | null;
  delivered: DeliveryRun;
}

export async function tick(opts: SchedulerOptions, leaseMs: number): Promise<Tick> {
  const notices = sweepOnce(opts, leaseMs);
  const delivered = await deliverDue(opts.db, opts.senders, opts.worker, opts.clock);
  return { notices, delivered };
}

/** Runs a tick every `everyMs` until stopped; a tick that throws is logged and the next one runs. */
export function startScheduler(opts: SchedulerOptions, everyMs: number, log: (line: string) => void = console.error): { stop: () => Promise<void> } {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const loop = () => {
    if (stopped) return;
    running = tick(opts, everyMs * 3)
      .catch((error: Error) => log(`Amends: the scheduler's run failed: ${error.message}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, everyMs);
      });
  };
  loop();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
