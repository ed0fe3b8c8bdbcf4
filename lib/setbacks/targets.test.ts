import { describe, expect, it } from "vitest";
import { DEFAULT_TARGETS } from "../settings";
import { setbackTargets } from "./targets";

const HOUR = 3_600_000;
const high = DEFAULT_TARGETS.find((t) => t.severity === "high")!;
const T0 = Date.UTC(2026, 10, 1, 9, 0);

describe("setbackTargets", () => {
  it("runs notify and remedy from discovery, and waits with the follow-up until the remedy", () => {
    const targets = setbackTargets({ stage: "discovered", discoveredAt: T0, notifiedAt: null, remediedAt: null, followedUpAt: null }, high, T0 + 9 * HOUR);
    expect(targets).toEqual([
      { kind: "notify", state: "running", deadline: T0 + high.notifyHours * HOUR, remainingMs: (high.notifyHours - 9) * HOUR, breached: high.notifyHours < 9 },
      { kind: "remedy", state: "running", deadline: T0 + high.remedyHours * HOUR, remainingMs: (high.remedyHours - 9) * HOUR, breached: false },
      { kind: "follow_up", state: "waiting" },
    ]);
  });

  it("shows a met target as late when it was met after its deadline", () => {
    const late = T0 + (high.notifyHours + 1) * HOUR;
    const [notify, , followUp] = setbackTargets({ stage: "remedying", discoveredAt: T0, notifiedAt: late, remediedAt: T0 + 2 * HOUR, followedUpAt: null }, high, late);
    expect(notify).toEqual({ kind: "notify", state: "met", deadline: T0 + high.notifyHours * HOUR, metAt: late, late: true });
    expect(followUp).toMatchObject({ state: "running", deadline: T0 + 2 * HOUR + high.followUpHours * HOUR });
  });

  it("stops the clocks of a closed setback", () => {
    const targets = setbackTargets({ stage: "closed", discoveredAt: T0, notifiedAt: null, remediedAt: null, followedUpAt: null }, high, T0 + 1000 * HOUR);
    expect(targets.map((t) => t.state)).toEqual(["stopped", "stopped", "stopped"]);
  });
});
