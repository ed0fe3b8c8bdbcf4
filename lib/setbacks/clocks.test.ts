import { describe, expect, it } from "vitest";
import { DEFAULT_TARGETS } from "../settings";
import { formatDuration } from "../time/zoned";
import { describeClock, runningClock, type ClockInput } from "./clocks";

const HOUR = 3_600_000;
const target = (severity: string) => DEFAULT_TARGETS.find((t) => t.severity === severity)!;
const T0 = Date.UTC(2026, 10, 1, 9, 0);
const fresh: ClockInput = { stage: "discovered", discoveredAt: T0, notifiedAt: null, remediedAt: null, followedUpAt: null };

describe("runningClock", () => {
  it.each([
    ["critical", 2],
    ["high", 8],
    ["medium", 24],
    ["low", 72],
  ])("gives a %s setback %i hours to notify", (severity, hours) => {
    expect(runningClock(fresh, target(severity), T0)).toEqual({ kind: "notify", deadline: T0 + hours * HOUR, remainingMs: hours * HOUR, breached: false });
  });

  it("is not breached exactly at the target, and is one millisecond after", () => {
    const deadline = T0 + 8 * HOUR;
    expect(runningClock(fresh, target("high"), deadline)?.breached).toBe(false);
    expect(runningClock(fresh, target("high"), deadline + 1)).toMatchObject({ breached: true, remainingMs: -1 });
  });

  it("counts a back-dated discovery from when it was discovered", () => {
    const backDated = { ...fresh, discoveredAt: T0 - 30 * HOUR };
    expect(runningClock(backDated, target("medium"), T0)).toMatchObject({ kind: "notify", breached: true, remainingMs: -6 * HOUR });
  });

  it("runs the remedy clock from discovery once the client was told", () => {
    const notified = { ...fresh, stage: "remedying" as const, notifiedAt: T0 + HOUR };
    expect(runningClock(notified, target("high"), T0 + 2 * HOUR)).toEqual({ kind: "remedy", deadline: T0 + 5 * 24 * HOUR, remainingMs: 5 * 24 * HOUR - 2 * HOUR, breached: false });
  });

  it("runs the follow-up clock from the remedy", () => {
    const remedied = { ...fresh, stage: "follow_up" as const, notifiedAt: T0 + HOUR, remediedAt: T0 + 50 * HOUR };
    expect(runningClock(remedied, target("low"), T0 + 100 * HOUR)).toMatchObject({ kind: "follow_up", deadline: T0 + 50 * HOUR + 7 * 24 * HOUR, breached: false });
  });

  it("stops when every target is met, and for closed setbacks", () => {
    const done = { ...fresh, stage: "review" as const, notifiedAt: T0 + HOUR, remediedAt: T0 + 2 * HOUR, followedUpAt: T0 + 3 * HOUR };
    expect(runningClock(done, target("high"), T0 + 1000 * HOUR)).toBeNull();
    expect(runningClock({ ...fresh, stage: "closed" }, target("high"), T0 + 1000 * HOUR)).toBeNull();
  });

  it("says what is left or overdue", () => {
    expect(describeClock(runningClock(fresh, target("critical"), T0 + 30 * 60_000)!, formatDuration)).toBe("Notify: 1 h 30 min left");
    expect(describeClock(runningClock(fresh, target("critical"), T0 + 5 * HOUR)!, formatDuration)).toBe("Notify: 3 h overdue");
  });
});
