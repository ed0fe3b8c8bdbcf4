// Guessing a client link or an API token, slowed per address: a token nobody holds counts as a
// failure, and after `free` failures in the window the address must wait until the oldest of
// them is out of it. While it waits, every try is refused before the token is even looked up,
// so a right guess cannot be told from a wrong one. Kept in memory, like the other request
// limits (lib/rate-limit.ts): one process, forgotten on restart.

export const GUESSING = { free: 20, windowMs: 15 * 60_000 } as const;

export class GuessLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    readonly free: number,
    readonly windowMs: number,
  ) {}

  /** Milliseconds `key` must still wait before its next try (0: it may try now). */
  waitFor(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.free) return 0;
    return recent[recent.length - this.free] + this.windowMs - now;
  }

  /** Counts one failed try for `key`. */
  fail(key: string, now: number): void {
    this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 10_000) for (const k of [...this.failures.keys()]) if (!this.recent(k, now).length) this.failures.delete(k);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
  }
}
