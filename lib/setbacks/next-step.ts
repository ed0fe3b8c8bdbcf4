// The next thing to do on a setback, for the board card's button and the setback page's primary
// action. Derived from the stage guards (lifecycle.ts): when the next move's guard passes, the
// step is that move; when it refuses, the step is the record that would satisfy it, with a link
// to the panel where it is made, so nothing offers a move the guard would refuse.
import { GUARDS, needsTriage, nextStage, TRIAGE_FIRST, type LifecycleRecords, type TriageFields } from "./lifecycle";
import { labelOf, type Stage } from "./vocabulary";

/** A panel of the setback page (its element id): where a record is made. */
export type StepAnchor = "triage" | "log-communication" | "remedy" | "compensation" | "follow-ups" | "lesson";

export type NextStep =
  | { kind: "move"; to: Stage; label: string }
  | { kind: "record"; label: string; anchor: StepAnchor; /** Opens the first-notification draft. */ draft?: boolean; /** The guard's own words. */ reason: string };

function recordFor(to: Exclude<Stage, "discovered">, r: LifecycleRecords): Omit<Extract<NextStep, { kind: "record" }>, "kind" | "reason"> {
  switch (to) {
    case "notified":
      return { label: "Log the first notification", anchor: "log-communication", draft: true };
    case "compensation":
      return r.remedyTasks.length === 0
        ? { label: "Add a remedy task", anchor: "remedy" }
        : { label: "Finish the remedy tasks", anchor: "remedy" };
    case "follow_up":
      return r.compensations.some((c) => c.status === "proposed")
        ? { label: "Decide the proposed compensation", anchor: "compensation" }
        : { label: "Record the compensation decision", anchor: "compensation" };
    case "review":
      return r.followUps.some((f) => f.status === "planned")
        ? { label: "Complete the follow-up", anchor: "follow-ups" }
        : { label: "Plan a follow-up", anchor: "follow-ups" };
    case "closed":
      return r.lesson?.rootCause.trim() ? { label: "Add a preventive action", anchor: "lesson" } : { label: "Write the lesson", anchor: "lesson" };
    default:
      // remedying has no guard; kept total for a stage added later.
      return { label: `Prepare the move to ${labelOf(to)}`, anchor: "remedy" };
  }
}

/** The next step, or null on a closed setback (reopening is a choice, not a next step). */
export function nextStep(setback: { stage: Stage } & TriageFields, records: LifecycleRecords): NextStep | null {
  const to = nextStage(setback.stage);
  if (to === null || to === "discovered") return null;
  // A client's report moves on only once triaged (lifecycle.ts): that comes before any record.
  if (setback.stage === "discovered" && needsTriage(setback)) return { kind: "record", label: "Triage this report", anchor: "triage", reason: TRIAGE_FIRST };
  const guard = GUARDS[to](records);
  if (guard.ok) return { kind: "move", to, label: `Move to ${labelOf(to)}` };
  return { kind: "record", reason: guard.reason, ...recordFor(to, records) };
}

/** Where a record step is made: the panel's anchor on the setback page. */
export function stepHref(reference: string, step: Extract<NextStep, { kind: "record" }>): string {
  return `/setbacks/${reference}${step.draft ? "?draft=1" : ""}#${step.anchor}`;
}
