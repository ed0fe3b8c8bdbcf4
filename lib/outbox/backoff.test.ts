import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, retryDelay } from "./backoff";

const MIN = 60_000;

describe("the retry schedule", () => {
  it("doubles from one minute to six hours, then gives up after the eleventh attempt", () => {
    const waits = Array.from({ length: MAX_ATTEMPTS }, (_, i) => retryDelay(i + 1));
    expect(waits.map((w) => (w === null ? null : w / MIN))).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 360, null]);
    const total = waits.reduce<number>((sum, w) => sum + (w ?? 0), 0);
    expect(total / MIN).toBe(871); // about 14.5 hours from the first attempt to the last
  });
});
