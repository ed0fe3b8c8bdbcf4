// What each kind of event is called where a person reads it: the audit page's kind filter, its
// rows, an event's own page. One entry per kind in EVENT_KINDS; a kind added there without a
// label here fails the type check and lib/audit/event-labels.test.ts.
import { EVENT_KINDS, type EventKind } from "./events";

export const EVENT_LABELS: Record<EventKind, string> = {
  "user.created": "User added",
  "user.updated": "User updated",
  "user.deactivated": "User deactivated",
  "user.reactivated": "User reactivated",
  "client.created": "Client created",
  "client.updated": "Client updated",
  "contact.added": "Contact added",
  "contact.updated": "Contact updated",
  "contact.archived": "Contact archived",
  "setback.reported": "Setback reported",
  "setback.updated": "Setback updated",
  "setback.triaged": "Setback triaged",
  "setback.moved": "Setback moved",
  "setback.imported": "Setback imported",
  "communication.logged": "Communication logged",
  "remedy.added": "Remedy task added",
  "remedy.updated": "Remedy task updated",
  "compensation.recorded": "Compensation recorded",
  "compensation.updated": "Compensation updated",
  "follow_up.added": "Follow-up scheduled",
  "follow_up.updated": "Follow-up updated",
  "lesson.recorded": "Lesson recorded",
  "lesson.updated": "Lesson updated",
  "preventive_action.added": "Preventive action added",
  "preventive_action.updated": "Preventive action updated",
  "settings.updated": "Settings updated",
  "notification_settings.updated": "Notification settings changed",
  "delivery.retried": "Delivery retried",
  "feedback_link.created": "Client link created",
  "feedback_link.revoked": "Client link revoked",
  "retrospective.noted": "Retrospective noted",
  "api_token.created": "API token created",
  "api_token.revoked": "API token revoked",
};

const isKind = (kind: string): kind is EventKind => (EVENT_KINDS as readonly string[]).includes(kind);

/** The label of a kind; a stored kind this version does not know is still shown readably. */
export function eventLabel(kind: string): string {
  if (isKind(kind)) return EVENT_LABELS[kind];
  const words = kind.replace(/[._]/g, " ").trim();
  return words ? words.replace(/^./, (c) => c.toUpperCase()) : "Event";
}

/** The kind filter's choices: every kind, by its label. */
export const EVENT_KIND_OPTIONS = EVENT_KINDS.map((kind) => ({ value: kind, label: EVENT_LABELS[kind] })).sort((a, b) => a.label.localeCompare(b.label));
