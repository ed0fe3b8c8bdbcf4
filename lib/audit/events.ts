// The kinds of event the application writes, and how a timeline says each in words.
import { formatMoney } from "../money";
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
  "setback.triaged",
  "setback.moved",
  "setback.imported",
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
  "feedback_link.created",
  "feedback_link.revoked",
  "retrospective.noted",
  "api_token.created",
  "api_token.revoked",
  "notification_settings.updated",
  "delivery.retried",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export { diff, type Changes } from "./changes";
import type { Changes } from "./changes";

// Field names in words live with the rest of an event's wording (describe-changes.ts).
export { fieldName } from "./describe-changes";
import { fieldName } from "./describe-changes";

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));

function money(data: Record<string, unknown>): string {
  if (typeof data.amount === "string") return data.amount;
  return typeof data.amountCents === "number" && typeof data.currency === "string" ? formatMoney(data.amountCents, data.currency) : "";
}

function statusChange(data: Record<string, unknown>): string {
  return text((data.changes as Changes | undefined)?.status?.to);
}

/** One line for a timeline entry, e.g. "Moved from Discovered to Notified". */
export function describeEvent(kind: string, data: Record<string, unknown>): string {
  switch (kind) {
    case "setback.reported":
      return data.viaFeedbackLink ? `Reported by the client through “${text(data.viaFeedbackLink)}”` : `Reported ${text(data.reference)}`.trim();
    case "setback.updated": {
      const fields = Object.keys((data.changes as Changes | undefined) ?? {}).map((f) => fieldName(f).toLowerCase());
      return fields.length ? `Edited ${fields.join(", ")}` : "Edited";
    }
    case "setback.triaged": {
      const to = (key: string) => (data.changes as Changes | undefined)?.[key]?.to;
      const words = [to("severity"), to("fault")].filter((v) => typeof v === "string").map((v) => labelOf(String(v)).toLowerCase());
      return `Triaged${words.length ? `: ${words.join(", ")}` : ""}`;
    }
    case "setback.moved":
      if (data.kind === "reopen") return `Reopened at ${labelOf(text(data.to))}`;
      if (data.kind === "close_minor") return "Closed as minor";
      return `Moved ${data.kind === "back" ? "back " : ""}from ${labelOf(text(data.from))} to ${labelOf(text(data.to))}`;
    case "communication.logged":
      return `Logged ${text(data.direction) || "a"} communication (${labelOf(text(data.channel)).toLowerCase()})`;
    case "remedy.added":
      return `Remedy task added${data.description ? `: ${text(data.description)}` : ""}`;
    case "remedy.updated":
      return `Remedy task ${statusChange(data) || "updated"}${data.description ? `: ${text(data.description)}` : ""}`;
    case "compensation.recorded":
      if (data.noneWarranted) return "Decided no compensation is warranted";
      return `Compensation ${data.needsApproval ? "proposed" : data.status ? text(data.status) : "approved within the threshold"}: ${labelOf(text(data.kind)).toLowerCase()} ${money(data)}`.trim();
    case "compensation.updated":
      return `Compensation ${statusChange(data)}${money(data) ? `: ${money(data)}` : ""}`;
    case "follow_up.added":
      return data.proposedAutomatically ? "Follow-up proposed (remedy complete)" : "Follow-up scheduled";
    case "follow_up.updated":
      return data.satisfaction ? `Follow-up done: satisfaction ${text(data.satisfaction)}/5, ${data.retained ? "the client stays" : "the client is leaving"}` : "Follow-up done";
    case "lesson.recorded":
      return "Lesson written";
    case "lesson.updated":
      return "Lesson edited";
    case "preventive_action.added":
      return `Preventive action added${data.description ? `: ${text(data.description)}` : ""}`;
    case "preventive_action.updated":
      return data.worked !== undefined ? `Preventive action checked: ${data.worked ? "it worked" : "it did not work"}` : `Preventive action done${data.description ? `: ${text(data.description)}` : ""}`;
    default:
      return labelOf(kind.replace(".", " ").replace(/_/g, " "));
  }
}

/** The reason or note a person gave, shown under the entry. */
export function eventDetail(data: Record<string, unknown>): string | null {
  const detail = data.reason ?? data.noneWarranted ?? null;
  return detail ? String(detail) : null;
}
