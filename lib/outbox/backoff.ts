// When a delivery that failed is tried again: after 1 minute, then 2, 4, 8 … doubling up to
// 6 hours; when the attempt after a 6-hour wait fails too (the 11th, about 14½ hours after the
// first), it is "failed" and waits for an admin's retry (the Deliveries page).
export const FIRST_RETRY_MS = 60_000;
export const LONGEST_RETRY_MS = 6 * 3_600_000;
/** The attempts a delivery gets before it is "failed". */
export const MAX_ATTEMPTS = 11;

/** The wait after `failedAttempts` failed attempts (1 for the first), or null: give up. */
export function retryDelay(failedAttempts: number): number | null {
  if (failedAttempts >= MAX_ATTEMPTS) return null;
  return Math.min(FIRST_RETRY_MS * 2 ** (failedAttempts - 1), LONGEST_RETRY_MS);
}
