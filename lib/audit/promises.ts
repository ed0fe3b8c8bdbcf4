// Promises made to the client, and whether they were kept: a promise "by X" is kept when a later
// communication to the client, or a later record (a remedy task done, a follow-up done, a
// compensation decided, a stage move), shows something done after it and by X.

export type PromiseStatus = "kept" | "broken" | "pending";

export interface PromiseInput {
  madeAt: number;
  dueAt: number;
}

/** `activity`: the times at which the setback shows something done (sorted or not). */
export function promiseStatus(p: PromiseInput, activity: readonly number[], now: number): { status: PromiseStatus; keptAt: number | null } {
  const keptAt = activity.filter((t) => t > p.madeAt && t <= p.dueAt).sort((a, b) => a - b)[0] ?? null;
  if (keptAt !== null) return { status: "kept", keptAt };
  return { status: now > p.dueAt ? "broken" : "pending", keptAt: null };
}
