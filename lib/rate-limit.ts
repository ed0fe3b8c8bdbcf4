// A sliding-window limit per key, in memory: enough for one self-hosted process; it forgets on
// restart, which only ever lets a few more requests through.

export class RateLimiter {
  private hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Records a hit for `key` and says whether it is within the limit (a refused one is not counted). */
  allow(key: string, now: number): boolean {
    if (this.waitFor(key, now) > 0) return false;
    this.record(key, now);
    return true;
  }

  /** Milliseconds `key` must still wait before its next hit is within the limit (0: now). */
  waitFor(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.limit) return 0;
    return recent[recent.length - this.limit] + this.windowMs - now;
  }

  /** Counts one hit for `key`, whether or not it was within the limit. */
  record(key: string, now: number): void {
    this.hits.set(key, [...this.recent(key, now), now]);
    if (this.hits.size > 10_000) this.sweep(now);
  }

  private recent(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
  }

  private sweep(now: number): void {
    for (const key of [...this.hits.keys()]) if (!this.recent(key, now).length) this.hits.delete(key);
  }
}
