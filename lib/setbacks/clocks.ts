// Service-level clocks (PRODUCT.md "Clocks and targets"): notify within the severity's target of
// discovery, remedy within its target of discovery, first follow-up within its target of the
// remedy. The running clock is the first of these not yet met; a clock is breached once now is
// past its deadline (meeting it exactly on time is meeting it).
import type { ServiceLevelTarget } from "../settings";
import type { Stage } from "./vocabulary";

const HOUR = 3_600_000;

export type ClockKind = "notify" | "remedy" | "follow_up";

export interface ClockInput {
  stage: Stage;
  discoveredAt: number;
  notifiedAt: number | null;
  remediedAt: number | null;
  followedUpAt: number | null;
}

export interface RunningClock {
  kind: ClockKind;
  deadline: number;
  /** Negative once breached. */
  remainingMs: number;
  breached: boolean;
}

export function runningClock(s: ClockInput, target: ServiceLevelTarget, now: number): RunningClock | null {
  if (s.stage === "closed") return null;
  let kind: ClockKind;
  let deadline: number;
  if (s.notifiedAt === null) {
    kind = "notify";
    deadline = s.discoveredAt + target.notifyHours * HOUR;
  } else if (s.remediedAt === null) {
    kind = "remedy";
    deadline = s.discoveredAt + target.remedyHours * HOUR;
  } else if (s.followedUpAt === null) {
    kind = "follow_up";
    deadline = s.remediedAt + target.followUpHours * HOUR;
  } else {
    return null;
  }
  return { kind, deadline, remainingMs: deadline - now, breached: now > deadline };
}

const CLOCK_NAMES: Record<ClockKind, string> = { notify: "Notify", remedy: "Remedy", follow_up: "Follow up" };

/** "Notify: 3 h left", "Remedy: 2 d 4 h overdue". */
export function describeClock(clock: RunningClock, formatDuration: (ms: number) => string): string {
  const span = formatDuration(Math.abs(clock.remainingMs));
  return `${CLOCK_NAMES[clock.kind]}: ${clock.breached ? `${span} overdue` : `${span} left`}`;
}
