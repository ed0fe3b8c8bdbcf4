// The auditor's read models: searching events and communications, and one client's trail.
import { and, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { clientsNamed } from "./contains";
import { clients, communications, contacts, events, setbacks, users } from "../schema";
import type { Conn } from "../client";

export interface AuditFilter {
  clientId?: number;
  client?: string;
  setbackNumber?: number;
  actorId?: number;
  kind?: string;
  from?: number;
  to?: number;
}

export const AUDIT_LIMIT = 200;

/** The conditions of an event search (with setbacks joined for the reference). */
export function eventConditions(f: AuditFilter): (SQL | undefined)[] {
  return [
    f.clientId ? eq(events.clientId, f.clientId) : undefined,
    f.client ? inArray(events.clientId, clientsNamed(f.client)) : undefined,
    f.setbackNumber ? eq(setbacks.number, f.setbackNumber) : undefined,
    f.actorId ? eq(events.actorId, f.actorId) : undefined,
    f.kind ? eq(events.kind, f.kind) : undefined,
    f.from !== undefined ? gte(events.occurredAt, f.from) : undefined,
    f.to !== undefined ? lt(events.occurredAt, f.to) : undefined,
  ];
}

export async function searchEvents(conn: Conn, f: AuditFilter) {
  const where = eventConditions(f);
  return conn
    .select({ id: events.id, at: events.occurredAt, kind: events.kind, data: events.data, actor: users.name, setbackNumber: setbacks.number, clientName: clients.name })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .leftJoin(setbacks, eq(setbacks.id, events.setbackId))
    .leftJoin(clients, eq(clients.id, events.clientId))
    .where(and(...where))
    .orderBy(desc(events.id))
    .limit(AUDIT_LIMIT)
    .all()
    .map((e) => ({ ...e, data: JSON.parse(e.data) as Record<string, unknown> }));
}

export async function getEvent(conn: Conn, id: number) {
  const e = conn
    .select({ event: events, actor: users.name, setbackNumber: setbacks.number, setbackTitle: setbacks.title, clientName: clients.name })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .leftJoin(setbacks, eq(setbacks.id, events.setbackId))
    .leftJoin(clients, eq(clients.id, events.clientId))
    .where(eq(events.id, id))
    .get();
  return e ? { ...e, data: JSON.parse(e.event.data) as Record<string, unknown> } : null;
}

/** The conditions of a communication search (with its setback joined). */
export function communicationConditions(f: AuditFilter): (SQL | undefined)[] {
  return [
    f.clientId ? eq(setbacks.clientId, f.clientId) : undefined,
    f.client ? inArray(setbacks.clientId, clientsNamed(f.client)) : undefined,
    f.setbackNumber ? eq(setbacks.number, f.setbackNumber) : undefined,
    f.actorId ? eq(communications.authorId, f.actorId) : undefined,
    f.from !== undefined ? gte(communications.occurredAt, f.from) : undefined,
    f.to !== undefined ? lt(communications.occurredAt, f.to) : undefined,
  ];
}

/** Communications with their setback, client, contact and author, as the trail and the audit page show them. */
export function trailSelect(conn: Conn) {
  return conn
    .select({
      id: communications.id,
      setbackId: communications.setbackId,
      setbackNumber: setbacks.number,
      setbackTitle: setbacks.title,
      clientName: clients.name,
      occurredAt: communications.occurredAt,
      createdAt: communications.createdAt,
      direction: communications.direction,
      channel: communications.channel,
      contact: contacts.name,
      author: users.name,
      summary: communications.summary,
      body: communications.body,
      promise: communications.promise,
      promiseDueAt: communications.promiseDueAt,
      reaction: communications.reaction,
      correctsId: communications.correctsId,
    })
    .from(communications)
    .innerJoin(setbacks, eq(setbacks.id, communications.setbackId))
    .innerJoin(clients, eq(clients.id, setbacks.clientId))
    .leftJoin(contacts, eq(contacts.id, communications.contactId))
    .leftJoin(users, eq(users.id, communications.authorId));
}

/** Every communication about every setback of the client, oldest first. */
export async function clientTrail(conn: Conn, clientId: number) {
  // When each was written down is the audit page's; the exported trail keeps its fields as they were.
  return trailSelect(conn).where(eq(setbacks.clientId, clientId)).orderBy(communications.occurredAt, communications.id).all().map(({ createdAt: _recorded, ...c }) => c);
}

/**
 * When each of the client's setbacks shows something done: outbound communications, remedy
 * tasks and follow-ups done, compensations decided, stage moves. Promises are judged by these.
 */
export async function clientActivity(conn: Conn, clientId: number): Promise<Map<number, number[]>> {
  const rows = conn.all<{ setback_id: number; at: number }>(sql`
    select c.setback_id, c.occurred_at as at from communications c join setbacks s on s.id = c.setback_id where s.client_id = ${clientId} and c.direction = 'outbound'
    union all select t.setback_id, t.done_at from remedy_tasks t join setbacks s on s.id = t.setback_id where s.client_id = ${clientId} and t.status = 'done'
    union all select f.setback_id, f.done_at from follow_ups f join setbacks s on s.id = f.setback_id where s.client_id = ${clientId} and f.status = 'done'
    union all select m.setback_id, coalesce(m.issued_at, m.approved_at) from compensations m join setbacks s on s.id = m.setback_id where s.client_id = ${clientId} and m.status in ('approved', 'issued')
    union all select e.setback_id, e.occurred_at from events e where e.client_id = ${clientId} and e.kind = 'setback.moved'`);
  const map = new Map<number, number[]>();
  for (const r of rows) if (r.at !== null) map.set(r.setback_id, [...(map.get(r.setback_id) ?? []), r.at]);
  return map;
}
