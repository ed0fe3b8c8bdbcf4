// The audit page's events, a page at a time: keyset paging on the event id (newest first), the
// total the search matches, the names the events' ids stand for, the title each event's setback
// had then, and which of an event's times is which.
import { and, asc, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { EventNames } from "../../lib/audit/describe-changes";
import { eventWhens, type EventWhen } from "../../lib/audit/event-times";
import { categories, clients, contacts, events, setbacks, users } from "../schema";
import type { Conn } from "../client";
import { eventConditions, type AuditFilter } from "./audit";
import { keysetPage, type AuditCursor } from "./audit-paging";
import { titlesThen } from "./audit-titles";

export { AUDIT_PAGE_SIZE, type AuditCursor } from "./audit-paging";

function parseData(text: string): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(text);
    return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The time of the event just before each of these in the chain, for telling which time is which. */
export function previousTimes(conn: Conn, ids: readonly number[]): Map<number, number> {
  const before = ids.map((id) => id - 1).filter((id) => id > 0);
  if (before.length === 0) return new Map();
  return new Map(conn.select({ id: events.id, at: events.occurredAt }).from(events).where(inArray(events.id, before)).all().map((r) => [r.id, r.at]));
}

export async function pageEvents(conn: Conn, f: AuditFilter, cursor: AuditCursor = {}, size?: number) {
  const where = eventConditions(f);
  const page = keysetPage(
    {
      key: events.id,
      read: (extra: SQL | undefined, order: "asc" | "desc", limit: number) =>
        conn
          .select({ id: events.id, at: events.occurredAt, kind: events.kind, data: events.data, actor: users.name, setbackId: events.setbackId, setbackNumber: setbacks.number, setbackTitle: setbacks.title, clientName: clients.name })
          .from(events)
          .leftJoin(users, eq(users.id, events.actorId))
          .leftJoin(setbacks, eq(setbacks.id, events.setbackId))
          .leftJoin(clients, eq(clients.id, events.clientId))
          .where(and(...where, extra))
          .orderBy(order === "asc" ? asc(events.id) : desc(events.id))
          .limit(limit)
          .all(),
      count: (extra?: SQL) => conn.select({ n: count() }).from(events).leftJoin(setbacks, eq(setbacks.id, events.setbackId)).where(and(...where, extra)).get()?.n ?? 0,
    },
    cursor,
    size,
  );
  const parsed = page.rows.map((e) => ({ ...e, data: parseData(e.data) }));
  const then = await titlesThen(conn, parsed);
  const whens = eventWhens(parsed, previousTimes(conn, parsed.map((e) => e.id)));
  const rows = parsed.map((e) => ({ ...e, setbackTitleThen: then.get(e.id) ?? e.setbackTitle, when: whens.get(e.id) ?? ({ kind: "recorded", recorded: e.at } satisfies EventWhen) }));
  return { ...page, rows };
}

const ids = (values: unknown[]) => [...new Set(values.filter((v): v is number => typeof v === "number" && Number.isSafeInteger(v)))];

/** The people, clients, contacts and categories the events name by id or key, in four small reads. */
export async function eventNames(conn: Conn, rows: readonly { data: Record<string, unknown> }[]): Promise<EventNames> {
  const userIds: unknown[] = [];
  const clientIds: unknown[] = [];
  const contactIds: unknown[] = [];
  for (const { data } of rows) {
    userIds.push(data.userId, data.ownerId);
    contactIds.push(data.contactId);
    const changes = data.changes && typeof data.changes === "object" ? (data.changes as Record<string, { from?: unknown; to?: unknown } | null>) : {};
    for (const [key, c] of Object.entries(changes)) {
      if (!c || typeof c !== "object") continue;
      if (key === "clientId") clientIds.push(c.from, c.to);
      else if (key === "contactId") contactIds.push(c.from, c.to);
      else if (key.endsWith("Id")) userIds.push(c.from, c.to);
    }
  }
  const u = ids(userIds);
  const cl = ids(clientIds);
  const co = ids(contactIds);
  return {
    users: new Map(u.length ? conn.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, u)).all().map((r) => [r.id, r.name]) : []),
    clients: new Map(cl.length ? conn.select({ id: clients.id, name: clients.name }).from(clients).where(inArray(clients.id, cl)).all().map((r) => [r.id, r.name]) : []),
    contacts: new Map(co.length ? conn.select({ id: contacts.id, name: contacts.name }).from(contacts).where(inArray(contacts.id, co)).all().map((r) => [r.id, r.name]) : []),
    categories: new Map(conn.select({ key: categories.key, label: categories.label }).from(categories).all().map((r) => [r.key, r.label])),
  };
}
