// The outbox's table (docs/decisions/014-outbox-and-scheduler.md): rows are written by the change
// that causes them, claimed by a worker for a lease, and settled as sent, retried or failed.
import { and, asc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { retryDelay } from "../../lib/outbox/backoff";
import type { DeliveryChannel } from "../../lib/outbox/vocabulary";
import { deliveries } from "../schema";
import { inTransaction, type Conn, type Db } from "../client";

export interface NewDelivery {
  key: string;
  kind: string;
  channel: DeliveryChannel;
  userId?: number | null;
  target: string;
  setbackId?: number | null;
  payload: unknown;
}

/** Writes a delivery unless one with its key exists (a sweep or a retry finds it again): true if written. */
export function enqueueDelivery(tx: Conn, d: NewDelivery, now: number): boolean {
  const result = tx
    .insert(deliveries)
    .values({ key: d.key, kind: d.kind, channel: d.channel, userId: d.userId ?? null, target: d.target, setbackId: d.setbackId ?? null, payload: JSON.stringify(d.payload), nextAttemptAt: now, createdAt: now })
    .onConflictDoNothing({ target: deliveries.key })
    .run();
  return result.changes > 0;
}

export type ClaimedDelivery = Pick<typeof deliveries.$inferSelect, "id" | "key" | "kind" | "channel" | "target" | "payload" | "attempts">;

/**
 * Takes up to `limit` due deliveries for `worker` until `now + leaseMs`, in one IMMEDIATE
 * transaction, so two workers never take the same row; a worker that dies leaves its rows to be
 * taken again when the lease runs out.
 */
export function claimDue(db: Db, worker: string, now: number, leaseMs: number, limit: number): ClaimedDelivery[] {
  return inTransaction(db, (tx) => {
    const due = tx
      .select({ id: deliveries.id, key: deliveries.key, kind: deliveries.kind, channel: deliveries.channel, target: deliveries.target, payload: deliveries.payload, attempts: deliveries.attempts })
      .from(deliveries)
      .where(and(eq(deliveries.status, "pending"), lte(deliveries.nextAttemptAt, now), or(isNull(deliveries.claimedUntil), lte(deliveries.claimedUntil, now))))
      .orderBy(asc(deliveries.nextAttemptAt), asc(deliveries.id))
      .limit(limit)
      .all();
    if (due.length) {
      tx.update(deliveries).set({ claimedBy: worker, claimedUntil: now + leaseMs }).where(inArray(deliveries.id, due.map((d) => d.id))).run();
    }
    return due;
  });
}

const heldBy = (id: number, worker: string) => and(eq(deliveries.id, id), eq(deliveries.claimedBy, worker));

/** The receiving server took it: never sent again. */
export function markSent(db: Db, id: number, worker: string, outcome: string, now: number): void {
  db.update(deliveries)
    .set({ status: "sent", sentAt: now, outcome, lastError: null, attempts: sql`${deliveries.attempts} + 1`, claimedBy: null, claimedUntil: null })
    .where(heldBy(id, worker))
    .run();
}

/** The attempt failed: tried again after the backoff, or "failed" when the attempts are spent. */
export function markAttemptFailed(db: Db, d: Pick<ClaimedDelivery, "id" | "attempts">, worker: string, error: string, now: number): "retry" | "failed" {
  const wait = retryDelay(d.attempts + 1);
  db.update(deliveries)
    .set({
      status: wait === null ? "failed" : "pending",
      attempts: d.attempts + 1,
      nextAttemptAt: wait === null ? now : now + wait,
      lastError: error.slice(0, 1000),
      claimedBy: null,
      claimedUntil: null,
    })
    .where(heldBy(d.id, worker))
    .run();
  return wait === null ? "failed" : "retry";
}

export function loadDelivery(tx: Conn, id: number) {
  return tx.select({ id: deliveries.id, kind: deliveries.kind, target: deliveries.target, status: deliveries.status, attempts: deliveries.attempts, lastError: deliveries.lastError }).from(deliveries).where(eq(deliveries.id, id)).get();
}

/** An admin's retry: due now, with the whole retry schedule again. */
export function requeueDelivery(tx: Conn, id: number, now: number): void {
  tx.update(deliveries).set({ status: "pending", attempts: 0, nextAttemptAt: now, claimedBy: null, claimedUntil: null }).where(eq(deliveries.id, id)).run();
}
