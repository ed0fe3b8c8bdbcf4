// When a service-level clock speaks (issue 15, docs/decisions/014-outbox-and-scheduler.md): at
// 75 % of its target a warning to whoever owns the setback, and once it is past its deadline a
// breach to the owner and every manager. Only one of the two for a clock at a time: a sweep that
// first sees a clock already breached (the server was down) sends the breach, not a stale warning.
import type { ServiceLevelTarget } from "../settings";
import type { ClockInput, ClockKind } from "../setbacks/clocks";

const HOUR = 3_600_000;
/** The warning comes when this share of the target has passed. */
export const WARNING_SHARE = 0.75;

export type AlertLevel = "warning" | "breach";

export interface ClockAlert {
  clock: ClockKind;
  level: AlertLevel;
  /** When the clock started and when it runs out: the alert is about this deadline. */
  startedAt: number;
  deadline: number;
}

function alertFor(clock: ClockKind, startedAt: number, hours: number, metAt: number | null, now: number): ClockAlert | null {
  if (metAt !== null) return null;
  const deadline = startedAt + hours * HOUR;
  if (now > deadline) return { clock, level: "breach", startedAt, deadline };
  if (now >= startedAt + hours * HOUR * WARNING_SHARE) return { clock, level: "warning", startedAt, deadline };
  return null;
}

/** The alerts due now for one setback's clocks (none once it is closed). */
export function clockAlerts(s: ClockInput, target: ServiceLevelTarget, now: number): ClockAlert[] {
  if (s.stage === "closed") return [];
  return [
    alertFor("notify", s.discoveredAt, target.notifyHours, s.notifiedAt, now),
    alertFor("remedy", s.discoveredAt, target.remedyHours, s.remediedAt, now),
    s.remediedAt === null ? null : alertFor("follow_up", s.remediedAt, target.followUpHours, s.followedUpAt, now),
  ].filter((a): a is ClockAlert => a !== null);
}
