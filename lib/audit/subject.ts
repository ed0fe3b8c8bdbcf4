// What an event is about, named: "Tom Okafor", "Front desk (Northwind Logistics)", "SB-0042 ·
// Pallet missed the hub" (by the title it had then, lib/audit/title-then.ts). Names come from
// the event's own data where it kept them, else from the rows it points at; an event whose
// subject is gone still says what it can.
import type { EventNames } from "./describe-changes";
import { setbackSubject } from "./title-then";

export interface SubjectContext {
  names: EventNames;
  clientName: string | null;
  setbackReference: string | null;
  /** The setback's title now. */
  setbackTitle: string | null;
  /** Its title when the event was recorded (db/queries/audit-titles.ts); the current one when not given. */
  setbackTitleThen?: string | null;
}

const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
const id = (v: unknown) => (typeof v === "number" ? v : null);
const withClient = (name: string | null, client: string | null) => (name && client ? `${name} (${client})` : (name ?? client));

export function eventSubject(kind: string, data: Record<string, unknown>, ctx: SubjectContext): string | null {
  const [entity] = kind.split(".");
  switch (entity) {
    case "user": {
      const userId = id(data.userId);
      return (userId !== null ? ctx.names.users.get(userId) : undefined) ?? text(data.name) ?? text(data.email);
    }
    case "client":
      return ctx.clientName ?? text(data.name);
    case "contact": {
      const contactId = id(data.contactId);
      return withClient((contactId !== null ? ctx.names.contacts.get(contactId) : undefined) ?? text(data.name), ctx.clientName);
    }
    case "feedback_link":
      return withClient(text(data.label), ctx.clientName);
    case "api_token":
      return text(data.name);
    case "settings":
      return data.section === "targets" ? "Response targets" : data.section === "organisation" ? "Organisation" : text(data.section);
    case "retrospective":
      return text(data.label);
    default:
      if (ctx.setbackReference) return setbackSubject(ctx.setbackReference, ctx.setbackTitleThen === undefined ? ctx.setbackTitle : ctx.setbackTitleThen, ctx.setbackTitle);
      return withClient(null, ctx.clientName);
  }
}
