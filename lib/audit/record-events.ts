// Which event creates each kind of record, and which of the record's columns that event holds.
// audit:verify checks every row against its event (db/audit-records.ts, in SQL), so a row edited,
// added or removed behind the application's back is named even when the chain itself is intact.
import type { EventKind } from "./events";

export interface RecordEvent {
  table: string;
  /** The record in a message: "communication 12". */
  noun: string;
  kind: EventKind;
  /** The key of the event's data that holds the record's id. */
  idKey: string;
  /**
   * The event's data key → the row's column. A key the event does not hold is not compared:
   * events written before it was recorded hold fewer (docs/decisions/010-audit-anchors.md).
   */
  fields: Readonly<Record<string, string>>;
  /** Row columns compared with the event's own columns. */
  setbackColumn?: string;
  actorColumn?: string;
  createdColumn?: string;
}

/**
 * Communications are append-only, so every column is compared. The other records change later
 * (a task is done, a compensation approved), so only what never changes after creation is.
 */
export const RECORD_EVENTS: readonly RecordEvent[] = [
  {
    table: "communications",
    noun: "communication",
    kind: "communication.logged",
    idKey: "communicationId",
    setbackColumn: "setback_id",
    actorColumn: "author_id",
    createdColumn: "created_at",
    fields: {
      contactId: "contact_id",
      direction: "direction",
      channel: "channel",
      occurredAt: "occurred_at",
      summary: "summary",
      body: "body",
      promise: "promise",
      promiseDueAt: "promise_due_at",
      apologised: "apologised",
      explainedCause: "explained_cause",
      offeredRemedy: "offered_remedy",
      gaveTimeline: "gave_timeline",
      askedHowToHelp: "asked_how_to_help",
      reaction: "reaction",
      correctsId: "corrects_id",
      shownToClient: "shown_to_client",
    },
  },
  {
    table: "remedy_tasks",
    noun: "remedy task",
    kind: "remedy.added",
    idKey: "taskId",
    setbackColumn: "setback_id",
    fields: { description: "description", ownerId: "owner_id", dueAt: "due_at", recordedAfterTheFact: "recorded_after_the_fact" },
  },
  {
    table: "compensations",
    noun: "compensation",
    kind: "compensation.recorded",
    idKey: "compensationId",
    setbackColumn: "setback_id",
    fields: { kind: "kind", amountCents: "amount_cents", currency: "currency", description: "description" },
  },
  {
    table: "follow_ups",
    noun: "follow-up",
    kind: "follow_up.added",
    idKey: "followUpId",
    setbackColumn: "setback_id",
    fields: { dueAt: "due_at", ownerId: "owner_id" },
  },
  {
    table: "lessons",
    noun: "lesson",
    kind: "lesson.recorded",
    idKey: "lessonId",
    setbackColumn: "setback_id",
    fields: {},
  },
  {
    table: "preventive_actions",
    noun: "preventive action",
    kind: "preventive_action.added",
    idKey: "actionId",
    fields: { description: "description", ownerId: "owner_id", dueAt: "due_at", recordedAfterTheFact: "recorded_after_the_fact" },
  },
];
