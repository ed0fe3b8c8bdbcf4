import { describe, expect, it } from "vitest";
import { GuessLimiter } from "./guessing";

describe("guessing, slowed per address", () => {
  it("lets `free` failures through, then makes the address wait until the oldest is out of the window", () => {
    const limiter = new GuessLimiter(3, 60_000);
    const t = 1_000_000;
    limiter.fail("a", t);
    limiter.fail("a", t + 10_000);
    expect(limiter.waitFor("a", t + 10_000)).toBe(0);
    limiter.fail("a", t + 20_000);
    expect(limiter.waitFor("a", t + 20_000)).toBe(40_000);
    expect(limiter.waitFor("b", t + 20_000)).toBe(0);
    expect(limiter.waitFor("a", t + 59_999)).toBe(1);
    expect(limiter.waitFor("a", t + 60_000)).toBe(0);
  });
});
