// A task is planned forward: a due date already gone is usually a slip of the picker, and would
// put an "Overdue" task on the record the moment it is written. Work planned earlier and written
// down late is still welcome, marked "recorded after the fact" so the record says which it is.

/** The refusal a planned task with a past due date gets, beside its due date. */
export const DUE_DATE_PASSED = "The due date has passed: choose a later due date, or tick “Recorded after the fact” if this was planned earlier";

/**
 * null when the due date may stand: none given, today or later (a form's date means the end of
 * that day), or the task is recorded after the fact; otherwise the refusal.
 */
export function dueDateRefusal(dueAt: number | null | undefined, recordedAfterTheFact: boolean, now: number): string | null {
  if (dueAt == null || recordedAfterTheFact) return null;
  return dueAt < now ? DUE_DATE_PASSED : null;
}

/**
 * A task cannot be due before the setback it answers happened: even recorded after the fact, a
 * due date before the setback occurred is a slip (a wrong year, a wrong month), not history.
 * `occurredOn` is the setback's day as the organisation reads it ("3 Nov 2026").
 */
export function dueBeforeOccurredRefusal(dueAt: number | null | undefined, occurredAt: number, occurredOn: string): string | null {
  if (dueAt == null) return null;
  return dueAt < occurredAt ? `Due date must be on or after the setback occurred (${occurredOn})` : null;
}
