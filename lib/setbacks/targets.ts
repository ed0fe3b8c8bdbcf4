// The three service-level targets of one setback, each as the setback page shows it: met (when,
// on time or late), running (time left or overdue) or waiting to start (the first follow-up's
// clock starts when the remedy is done). clocks.ts picks the one a board card shows; this lists
// all three, since notify and remedy both run from discovery.
import type { ServiceLevelTarget } from "../settings";
import type { ClockInput, ClockKind } from "./clocks";

const HOUR = 3_600_000;

export type TargetState =
  | { kind: ClockKind; state: "met"; deadline: number; metAt: number; late: boolean }
  | { kind: ClockKind; state: "running"; deadline: number; /** Negative once breached. */ remainingMs: number; breached: boolean }
  | { kind: ClockKind; state: "waiting" }
  | { kind: ClockKind; state: "stopped"; deadline: number | null };

function one(kind: ClockKind, deadline: number | null, metAt: number | null, stage: ClockInput["stage"], now: number): TargetState {
  if (deadline === null) return stage === "closed" ? { kind, state: "stopped", deadline: null } : { kind, state: "waiting" };
  if (metAt !== null) return { kind, state: "met", deadline, metAt, late: metAt > deadline };
  // A closed setback's unmet target no longer runs (closed as minor, or closed without it).
  if (stage === "closed") return { kind, state: "stopped", deadline };
  return { kind, state: "running", deadline, remainingMs: deadline - now, breached: now > deadline };
}

export function setbackTargets(s: ClockInput, target: ServiceLevelTarget, now: number): TargetState[] {
  return [
    one("notify", s.discoveredAt + target.notifyHours * HOUR, s.notifiedAt, s.stage, now),
    one("remedy", s.discoveredAt + target.remedyHours * HOUR, s.remediedAt, s.stage, now),
    one("follow_up", s.remediedAt === null ? null : s.remediedAt + target.followUpHours * HOUR, s.followedUpAt, s.stage, now),
  ];
}

export const TARGET_NAMES: Record<ClockKind, string> = { notify: "Notify the client", remedy: "Remedy", follow_up: "First follow-up" };
