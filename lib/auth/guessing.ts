// Guessing a client link or an API token, slowed per address: a token nobody holds counts as a
// failure, and after `free` failures in the window the address must wait until the oldest of
// them is out of it. While it waits, every try is refused before the token is even looked up,
// so a right guess cannot be told from a wrong one. Kept in memory, like the other request
// limits (lib/rate-limit.ts): one process, forgotten on restart.
import { RateLimiter } from "../rate-limit";

export const GUESSING = { free: 20, windowMs: 15 * 60_000 } as const;

/** A failed try counts as a hit; after `free` of them in the window the address waits. */
export class GuessLimiter {
  private readonly window: RateLimiter;

  constructor(free: number, windowMs: number) {
    this.window = new RateLimiter(free, windowMs);
  }

  /** Milliseconds `key` must still wait before its next try (0: it may try now). */
  waitFor(key: string, now: number): number {
    return this.window.waitFor(key, now);
  }

  /** Counts one failed try for `key`. */
  fail(key: string, now: number): void {
    this.window.record(key, now);
  }
}
