// Shared by the demo seed and the scale fixture: time units and a repeatable
// random generator, so the same seed gives the same story on every machine.

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Small deterministic generator (mulberry32). */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rounded down to the whole minute, as a form would enter it. */
export const minute = (ms: number) => Math.floor(ms / 60_000) * 60_000;
