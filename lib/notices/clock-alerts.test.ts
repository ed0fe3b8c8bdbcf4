import { describe, expect, it } from "vitest";
import { clockAlerts } from "./clock-alerts";

const H = 3_600_000;
const CRITICAL = { severity: "critical" as const, notifyHours: 4, remedyHours: 24, followUpHours: 48 };
const T0 = Date.UTC(2026, 11, 1, 9, 0);
const open = { stage: "discovered" as const, discoveredAt: T0, notifiedAt: null, remediedAt: null, followedUpAt: null };

const levels = (s: Parameters<typeof clockAlerts>[0], now: number) => clockAlerts(s, CRITICAL, now).map((a) => `${a.clock}:${a.level}`);

describe("when a clock speaks", () => {
  it("warns at 75 % of the target and reports a breach once past the deadline (the deadline itself is on time)", () => {
    expect(levels(open, T0 + 3 * H - 1)).toEqual([]);
    expect(levels(open, T0 + 3 * H)).toEqual(["notify:warning"]);
    expect(levels(open, T0 + 4 * H)).toEqual(["notify:warning"]);
    expect(levels(open, T0 + 4 * H + 1)).toEqual(["notify:breach"]);
    expect(clockAlerts(open, CRITICAL, T0 + 5 * H)).toEqual([{ clock: "notify", level: "breach", startedAt: T0, deadline: T0 + 4 * H }]);
  });

  it("runs the remedy clock from discovery beside the notify clock, and the follow-up clock from the remedy", () => {
    expect(levels(open, T0 + 18 * H)).toEqual(["notify:breach", "remedy:warning"]);
    const notified = { ...open, stage: "remedying" as const, notifiedAt: T0 + H };
    expect(levels(notified, T0 + 25 * H)).toEqual(["remedy:breach"]);
    const remedied = { ...notified, stage: "follow_up" as const, remediedAt: T0 + 10 * H };
    expect(levels(remedied, T0 + 10 * H + 36 * H)).toEqual(["follow_up:warning"]);
    expect(clockAlerts(remedied, CRITICAL, T0 + 59 * H)[0]).toMatchObject({ clock: "follow_up", level: "breach", startedAt: T0 + 10 * H, deadline: T0 + 58 * H });
    expect(levels({ ...remedied, followedUpAt: T0 + 20 * H }, T0 + 100 * H)).toEqual([]);
  });

  it("is silent once the setback is closed, whatever was not met", () => {
    expect(levels({ ...open, stage: "closed" }, T0 + 100 * H)).toEqual([]);
  });
});
