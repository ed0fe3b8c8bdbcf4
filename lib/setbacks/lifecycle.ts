// The lifecycle of PRODUCT.md: stages, the guard on each forward move, and which other moves
// exist (back one stage, reopen, close as minor). Pure functions: the page asks them to label
// its buttons, the move command asks them before it writes.
import { NEEDS_TRIAGE, STAGES, UNASSESSED, labelOf, type SeverityValue, type Stage } from "./vocabulary";

/** What the guards look at: the setback's records, summarised. */
export interface LifecycleRecords {
  outboundCommunications: number;
  remedyTasks: readonly { status: "open" | "done" | "cancelled" }[];
  compensations: readonly { status: "proposed" | "approved" | "issued" | "rejected" }[];
  noCompensationReason: string | null;
  followUps: readonly { status: "planned" | "done" | "cancelled"; satisfaction: number | null; retained: boolean | null }[];
  lesson: { rootCause: string; noActionReason: string | null; preventiveActions: number } | null;
}

export type Check = { ok: true } | { ok: false; reason: string };

const OK: Check = { ok: true };
const refuse = (reason: string) => ({ ok: false as const, reason });

/** The guard a setback must pass to enter each stage from the one before it. */
export const GUARDS: Readonly<Record<Exclude<Stage, "discovered">, (r: LifecycleRecords) => Check>> = {
  notified: (r) => (r.outboundCommunications > 0 ? OK : refuse("Log an outbound communication to the client first.")),
  remedying: () => OK,
  compensation: (r) => {
    if (r.remedyTasks.length === 0) return refuse("Add a remedy task first.");
    const open = r.remedyTasks.filter((t) => t.status === "open").length;
    return open === 0 ? OK : refuse(`Finish or cancel the open remedy task${open === 1 ? "" : "s"} first (${open} open).`);
  },
  follow_up: (r) =>
    r.compensations.some((c) => c.status === "approved" || c.status === "issued") || Boolean(r.noCompensationReason?.trim())
      ? OK
      : refuse("Record a compensation decision first: an approved compensation, or “no compensation warranted” with a reason."),
  review: (r) =>
    r.followUps.some((f) => f.status === "done" && f.satisfaction !== null && f.retained !== null)
      ? OK
      : refuse("Complete a follow-up first, with the client’s satisfaction and whether they stay."),
  closed: (r) => {
    if (!r.lesson || !r.lesson.rootCause.trim()) return refuse("Write the lesson first, with its root cause.");
    return r.lesson.preventiveActions > 0 || Boolean(r.lesson.noActionReason?.trim())
      ? OK
      : refuse("Add a preventive action to the lesson first, or record “no action” with a reason.");
  },
};

/** What the triage guard reads; a setback without these fields (an older caller) is not held. */
export interface TriageFields {
  severity?: string;
  fault?: string;
  category?: string;
}

/** The placeholders a client's own report arrives with, column by column (the names are the table's too). */
const TRIAGE_PLACEHOLDERS = [
  ["severity", UNASSESSED],
  ["fault", UNASSESSED],
  ["category", NEEDS_TRIAGE],
] as const satisfies readonly (readonly [keyof TriageFields & string, string])[];

/** A client's own report that nobody has triaged yet: its severity, fault or category is a placeholder. */
export function needsTriage(setback: TriageFields): boolean {
  return TRIAGE_PLACEHOLDERS.some(([field, placeholder]) => setback[field] === placeholder);
}

/**
 * needsTriage as SQL over the setbacks row aliased `alias`, built from the same placeholders, so
 * the inbox and the navigation's count cannot drift from the triage panel (lifecycle.test.ts runs
 * both over every combination). The placeholders are constants, never input.
 */
export function needsTriageSql(alias: string): string {
  return `(${TRIAGE_PLACEHOLDERS.map(([field, placeholder]) => `${alias}.${field} = '${placeholder}'`).join(" or ")})`;
}

export const TRIAGE_FIRST = "Triage it first: set its severity, category, fault and owner in the triage panel.";

/** An untriaged setback stays discovered, whichever way it would leave. */
function triageGuard(setback: { stage: Stage } & TriageFields, to: Stage): Check {
  return setback.stage === "discovered" && to !== "discovered" && needsTriage(setback) ? refuse(TRIAGE_FIRST) : OK;
}

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

export function nextStage(stage: Stage): Stage | null {
  return STAGES[stageIndex(stage) + 1] ?? null;
}

export function previousStage(stage: Stage): Stage | null {
  return stageIndex(stage) > 0 ? STAGES[stageIndex(stage) - 1] : null;
}

/** The forward guard alone: may this setback move on to `to` (its next stage)? */
export function canMove(setback: { stage: Stage } & TriageFields, to: Stage, records: LifecycleRecords): Check {
  const triage = triageGuard(setback, to);
  if (!triage.ok) return triage;
  if (to === "discovered" || nextStage(setback.stage) !== to) {
    return refuse(`From ${labelOf(setback.stage)} the next stage is ${labelOf(nextStage(setback.stage) ?? setback.stage)}, not ${labelOf(to)}.`);
  }
  return GUARDS[to](records);
}

export type MoveKind = "forward" | "back" | "reopen" | "close_minor";

export interface MoveRequest {
  setback: { stage: Stage; severity: SeverityValue } & TriageFields;
  to: Stage;
  records: LifecycleRecords;
  reason: string;
  /** Whether the person may close as minor (a manager's right, from the permissions table). */
  mayCloseMinor: boolean;
  /** Asked for explicitly, since closing early and closing after review both end in `closed`. */
  closeAsMinor?: boolean;
}

/** Every rule for a move: which kind it is, its guard, and whether it needs a reason. */
export function planMove(m: MoveRequest): { ok: true; kind: MoveKind } | { ok: false; reason: string } {
  const { setback, to } = m;
  const needsReason = (kind: MoveKind, what: string) => (m.reason.trim() ? { ok: true as const, kind } : refuse(`Give a reason for ${what}.`));
  if (to === setback.stage) return refuse(`The setback is already at ${labelOf(to)}.`);
  const triage = triageGuard(setback, to);
  if (!triage.ok) return triage;
  if (m.closeAsMinor) {
    if (to !== "closed") return refuse("Closing as minor moves the setback to Closed.");
    if (setback.severity !== "low") return refuse("Only a low-severity setback can be closed as minor.");
    if (!m.mayCloseMinor) return refuse("Only a manager can close a setback as minor.");
    return needsReason("close_minor", "closing it as minor");
  }
  if (setback.stage === "closed") return needsReason("reopen", "reopening it");
  if (to === previousStage(setback.stage)) return needsReason("back", "moving it back");
  const guard = canMove(setback, to, m.records);
  return guard.ok ? { ok: true, kind: "forward" } : guard;
}
