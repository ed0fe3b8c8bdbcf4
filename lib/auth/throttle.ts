// Failed sign-ins slow down whoever keeps guessing: per account and per address, a few free
// tries, then a wait that doubles with each further failure, up to a quarter of an hour.
// Failures older than the window are forgotten.

export const THROTTLE = {
  account: { free: 5 },
  address: { free: 20 },
  firstDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  windowMs: 60 * 60_000,
} as const;

export interface FailureRecord {
  failures: number;
  lastFailureAt: number;
}

/** How long after the last failure the next attempt must wait, for this many failures. */
export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(THROTTLE.maxDelayMs, THROTTLE.firstDelayMs * 2 ** (failures - free));
}

/** Milliseconds until an attempt is allowed (0: now), given the failures on record. */
export function waitFor(record: FailureRecord | undefined, free: number, now: number): number {
  if (!record || now - record.lastFailureAt > THROTTLE.windowMs) return 0;
  return Math.max(0, record.lastFailureAt + delayAfter(record.failures, free) - now);
}

/** "3 seconds", "2 minutes": how a wait is told to the person. */
export function describeWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
