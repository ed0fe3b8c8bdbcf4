import { and, asc, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { categories, clients, events, setbacks, users } from "../schema";
import type { SetbackListFilter } from "../../lib/validation/setback";
import type { Conn } from "../client";
import { clientNameContains, contains } from "./contains";
import { preparedOn } from "./prepared";

export const LIST_LIMIT = 200;

export async function listSetbacks(conn: Conn, filter: SetbackListFilter) {
  const where: (SQL | undefined)[] = [
    filter.stage ? eq(setbacks.stage, filter.stage) : undefined,
    filter.severity ? eq(setbacks.severity, filter.severity) : undefined,
    filter.clientId ? eq(setbacks.clientId, filter.clientId) : undefined,
    filter.client ? clientNameContains(filter.client) : undefined,
  ];
  if (filter.q) {
    const number = /^(?:sb-)?0*(\d{1,9})$/i.exec(filter.q)?.[1];
    where.push(or(contains(setbacks.title, filter.q), number ? eq(setbacks.number, Number(number)) : undefined));
  }
  const rows = conn
    .select({
      id: setbacks.id,
      number: setbacks.number,
      title: setbacks.title,
      clientId: setbacks.clientId,
      clientName: clients.name,
      category: categories.label,
      severity: setbacks.severity,
      stage: setbacks.stage,
      owner: users.name,
      discoveredAt: setbacks.discoveredAt,
    })
    .from(setbacks)
    .innerJoin(clients, eq(clients.id, setbacks.clientId))
    .innerJoin(categories, eq(categories.key, setbacks.category))
    .leftJoin(users, eq(users.id, setbacks.ownerId))
    .where(and(...where))
    .orderBy(desc(setbacks.number))
    .limit(LIST_LIMIT + 1)
    .all();
  return { rows: rows.slice(0, LIST_LIMIT), more: rows.length > LIST_LIMIT };
}
export type SetbackListRow = Awaited<ReturnType<typeof listSetbacks>>["rows"][number];

export async function clientSetbacks(conn: Conn, clientId: number) {
  return (await listSetbacks(conn, { clientId })).rows;
}

const reporter = alias(users, "reporter");

export async function getSetbackByNumber(conn: Conn, number: number) {
  const query = preparedOn(conn, "setbackByNumber", (c) =>
    c
      .select({
        setback: setbacks,
        clientName: clients.name,
        categoryLabel: categories.label,
        owner: users.name,
        reporter: reporter.name,
      })
      .from(setbacks)
      .innerJoin(clients, eq(clients.id, setbacks.clientId))
      .innerJoin(categories, eq(categories.key, setbacks.category))
      .leftJoin(users, eq(users.id, setbacks.ownerId))
      .leftJoin(reporter, eq(reporter.id, setbacks.reportedById))
      .where(eq(setbacks.number, sql.placeholder("number")))
      .prepare(),
  );
  return query.get({ number }) ?? null;
}
export type SetbackDetail = NonNullable<Awaited<ReturnType<typeof getSetbackByNumber>>>;

/** The setback's events, oldest first, with who did each. */
export async function setbackTimeline(conn: Conn, setbackId: number) {
  const query = preparedOn(conn, "setbackTimeline", (c) =>
    c
      .select({ id: events.id, at: events.occurredAt, kind: events.kind, data: events.data, actor: users.name })
      .from(events)
      .leftJoin(users, eq(users.id, events.actorId))
      .where(eq(events.setbackId, sql.placeholder("setbackId")))
      .orderBy(asc(events.occurredAt), asc(events.id))
      .prepare(),
  );
  return query.all({ setbackId }).map((e) => ({ ...e, data: JSON.parse(e.data) as Record<string, unknown> }));
}

export async function categoryOptions(conn: Conn, includeKey?: string) {
  return conn
    .select({ key: categories.key, label: categories.label })
    .from(categories)
    .where(includeKey ? or(eq(categories.active, true), eq(categories.key, includeKey)) : eq(categories.active, true))
    .orderBy(asc(categories.position), asc(categories.label))
    .all();
}
