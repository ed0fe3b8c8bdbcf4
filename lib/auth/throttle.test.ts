import { describe, expect, it } from "vitest";
import { delayAfter, describeWait, THROTTLE, waitFor } from "./throttle";

describe("sign-in throttle", () => {
  it("lets the first tries through, then doubles the wait up to a quarter of an hour", () => {
    expect([0, 4].map((n) => delayAfter(n, 5))).toEqual([0, 0]);
    expect([5, 6, 7, 8].map((n) => delayAfter(n, 5))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(delayAfter(40, 5)).toBe(THROTTLE.maxDelayMs);
  });

  it("counts the wait from the last failure, and forgets failures after the window", () => {
    const record = { failures: 7, lastFailureAt: 10_000 };
    expect(waitFor(record, 5, 10_000)).toBe(4_000);
    expect(waitFor(record, 5, 13_999)).toBe(1);
    expect(waitFor(record, 5, 14_000)).toBe(0);
    expect(waitFor({ failures: 50, lastFailureAt: 0 }, 5, THROTTLE.windowMs + 1)).toBe(0);
    expect(waitFor(undefined, 5, 0)).toBe(0);
  });

  it("says the wait in words", () => {
    expect([1, 1_500, 59_000, 61_000, 900_000].map(describeWait)).toEqual(["1 second", "2 seconds", "59 seconds", "2 minutes", "15 minutes"]);
  });
});
