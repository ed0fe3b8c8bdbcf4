// The kinds of event the application writes, and how a timeline says each in words.
import { labelOf } from "../setbacks/vocabulary";

export const EVENT_KINDS = [
  "user.created",
  "user.updated",
  "user.deactivated",
  "user.reactivated",
  "client.created",
  "client.updated",
  "contact.added",
  "contact.updated",
  "contact.archived",
  "setback.reported",
  "setback.updated",
  "setback.moved",
  "communication.logged",
  "remedy.added",
  "remedy.updated",
  "compensation.recorded",
  "compensation.updated",
  "follow_up.added",
  "follow_up.updated",
  "lesson.recorded",
  "lesson.updated",
  "preventive_action.added",
  "preventive_action.updated",
  "settings.updated",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A field's change as recorded in an event: the value before and after. */
export type Changes = Record<string, { from: unknown; to: unknown }>;

/** Compares `before` with `after` on the keys of `after`; unchanged keys are left out. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>): Changes {
  const changes: Changes = {};
  for (const key of Object.keys(after)) {
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    if (from !== to) changes[key] = { from, to };
  }
  return changes;
}

const FIELD_NAMES: Record<string, string> = {
  clientId: "client",
  ownerId: "owner",
  occurredAt: "occurred at",
  discoveredAt: "discovered at",
  estimatedCostCents: "estimated cost",
  clientRequest: "what the client asked for",
  clientRequestAt: "when the client asked",
  sharedWithClient: "shared with the client",
  accountOwnerId: "account owner",
};

export function fieldName(key: string): string {
  return FIELD_NAMES[key] ?? key.replace(/([A-Z])/g, " $1").toLowerCase();
}

/** One line for a timeline entry, e.g. "Moved from Discovered to Notified". */
export function describeEvent(kind: string, data: Record<string, unknown>): string {
  switch (kind) {
    case "setback.reported":
      return `Reported ${String(data.reference ?? "")}`.trim();
    case "setback.updated": {
      const fields = Object.keys((data.changes as Changes | undefined) ?? {}).map(fieldName);
      return fields.length ? `Edited ${fields.join(", ")}` : "Edited";
    }
    case "setback.moved":
      return `Moved from ${labelOf(String(data.from))} to ${labelOf(String(data.to))}`;
    case "communication.logged":
      return `Logged ${String(data.direction ?? "a")} communication (${labelOf(String(data.channel ?? "")).toLowerCase()})`;
    default:
      return labelOf(kind.replace(".", " ").replace(/_/g, " "));
  }
}
