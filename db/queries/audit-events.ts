// The audit page's events, a page at a time: keyset paging on the event id (newest first), the
// total the search matches, and the names the events' ids stand for.
import { and, asc, count, desc, eq, gt, inArray, lt } from "drizzle-orm";
import type { EventNames } from "../../lib/audit/describe-changes";
import { categories, clients, contacts, events, setbacks, users } from "../schema";
import type { Conn } from "../client";
import { eventConditions, type AuditFilter } from "./audit";

export const AUDIT_PAGE_SIZE = 50;

/** Where a page starts: older than `before`, or newer than `after` (the previous page); neither is the newest. */
export interface AuditCursor {
  before?: number;
  after?: number;
}

function parseData(text: string): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(text);
    return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export async function pageEvents(conn: Conn, f: AuditFilter, cursor: AuditCursor = {}, size = AUDIT_PAGE_SIZE) {
  const where = eventConditions(f);
  const base = () =>
    conn
      .select({ id: events.id, at: events.occurredAt, kind: events.kind, data: events.data, actor: users.name, setbackNumber: setbacks.number, setbackTitle: setbacks.title, clientName: clients.name })
      .from(events)
      .leftJoin(users, eq(users.id, events.actorId))
      .leftJoin(setbacks, eq(setbacks.id, events.setbackId))
      .leftJoin(clients, eq(clients.id, events.clientId));
  const found =
    cursor.after !== undefined
      ? base().where(and(...where, gt(events.id, cursor.after))).orderBy(asc(events.id)).limit(size).all()
      : base().where(and(...where, cursor.before !== undefined ? lt(events.id, cursor.before) : undefined)).orderBy(desc(events.id)).limit(size).all();
  const page = found.slice(0, size);
  if (cursor.after !== undefined) page.reverse();
  const rows = page.map((e) => ({ ...e, data: parseData(e.data) }));
  const countWhere = (extra?: ReturnType<typeof gt>) =>
    conn.select({ n: count() }).from(events).leftJoin(setbacks, eq(setbacks.id, events.setbackId)).where(and(...where, extra)).get()?.n ?? 0;
  const total = countWhere();
  // How many newer events precede this page: its place in the whole list ("51–100 of 473").
  const newer = rows.length ? countWhere(gt(events.id, rows[0].id)) : 0;
  return {
    rows,
    total,
    first: newer + 1,
    hasNewer: newer > 0,
    hasOlder: newer + rows.length < total,
  };
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
