// The standing promise: "when the client will hear from us next" (decision 012). One rule, over a
// setback's communications and follow-ups; the setbacks' promise columns are this rule
// materialised by triggers (migration "promise_kept_by_follow_up", held to it by
// tests/integration/standing-promise.property.test.ts), and every reader — "Needs me", its count,
// the client's status page, the draft — asks it rather than deciding again.
import type { Stage } from "./vocabulary";

export interface PromiseCommunication {
  id: number;
  direction: "inbound" | "outbound";
  occurredAt: number;
  promiseDueAt: number | null;
  /** "YYYY-MM-DD" when promised for a day rather than a time. */
  promiseDueDay?: string | null;
  authorId: number | null;
  /** The communication this one corrects; the corrected one no longer counts. */
  correctsId: number | null;
}

export interface PromiseFollowUp {
  status: "planned" | "done" | "cancelled";
  doneAt: number | null;
}

export interface StandingPromise {
  /** The communication that made it. */
  communicationId: number;
  madeAt: number;
  dueAt: number;
  dueDay: string | null;
  authorId: number | null;
}

const later = (a: PromiseCommunication, b: PromiseCommunication) => a.occurredAt > b.occurredAt || (a.occurredAt === b.occurredAt && a.id > b.id);

/**
 * The latest message we sent that no correction replaced, by when it was sent (then by when it
 * was logged): a back-dated message takes its place in that order, it does not jump ahead of
 * what was sent after it.
 */
export function latestOutbound<C extends PromiseCommunication>(communications: readonly C[]): C | null {
  const corrected = new Set(communications.map((c) => c.correctsId).filter((id) => id !== null));
  let latest: C | null = null;
  for (const c of communications) {
    if (c.direction !== "outbound" || corrected.has(c.id)) continue;
    if (!latest || later(c, latest)) latest = c;
  }
  return latest;
}

/**
 * The promise that stands: the one the latest outbound message made. It is kept — nothing stands —
 * when that message promised nothing (a later message replaces an earlier promise, and sending it
 * is the update promised), or when a follow-up with the client was completed at or after the
 * promise was made (the call was the update). Closing the setback ends it too: see promiseState.
 */
export function standingPromise(communications: readonly PromiseCommunication[], followUps: readonly PromiseFollowUp[]): StandingPromise | null {
  const latest = latestOutbound(communications);
  if (!latest || latest.promiseDueAt === null) return null;
  const keptByFollowUp = followUps.some((f) => f.status === "done" && f.doneAt !== null && f.doneAt >= latest.occurredAt);
  if (keptByFollowUp) return null;
  return { communicationId: latest.id, madeAt: latest.occurredAt, dueAt: latest.promiseDueAt, dueDay: latest.promiseDueDay ?? null, authorId: latest.authorId };
}

export type PromiseState = "none" | "pending" | "missed";

/** Whether the client is waiting on a promise, and whether it has passed: nothing is owed on a closed setback. */
export function promiseState(promise: { dueAt: number } | null, stage: Stage, now: number): PromiseState {
  if (!promise || stage === "closed") return "none";
  return promise.dueAt < now ? "missed" : "pending";
}

/** When the client will hear next, for a message drafted now: the standing promise while it lies ahead. */
export function nextPromisedUpdate(communications: readonly PromiseCommunication[], followUps: readonly PromiseFollowUp[], now: number): number | null {
  const promise = standingPromise(communications, followUps);
  return promise && promise.dueAt >= now ? promise.dueAt : null;
}
