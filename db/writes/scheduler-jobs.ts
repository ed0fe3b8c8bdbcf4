// The scheduler's jobs table: a lease per job, so that of several workers one runs a job at a
// time, and the sweep's watermark.
import { eq } from "drizzle-orm";
import { schedulerJobs } from "../schema";
import type { Conn } from "../client";

/** Takes `name`'s lease for `holder` until `until` if it is free, expired or already theirs. */
export function takeLease(tx: Conn, name: string, holder: string, now: number, until: number): boolean {
  const job = tx.select().from(schedulerJobs).where(eq(schedulerJobs.name, name)).get();
  if (!job) {
    tx.insert(schedulerJobs).values({ name, holder, leaseUntil: until }).run();
    return true;
  }
  if (job.holder !== holder && job.leaseUntil !== null && job.leaseUntil > now) return false;
  tx.update(schedulerJobs).set({ holder, leaseUntil: until }).where(eq(schedulerJobs.name, name)).run();
  return true;
}

export function sweptTo(tx: Conn, name: string): number | null {
  return tx.select({ at: schedulerJobs.sweptTo }).from(schedulerJobs).where(eq(schedulerJobs.name, name)).get()?.at ?? null;
}

export function setSweptTo(tx: Conn, name: string, at: number): void {
  tx.update(schedulerJobs).set({ sweptTo: at }).where(eq(schedulerJobs.name, name)).run();
}
