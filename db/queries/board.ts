// The board's read model: open setbacks (or closed ones, through the filter) with what their
// cards show and the timestamps their clocks need.
import { and, desc, eq, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { BoardFilter } from "../../lib/validation/board";
import { categories, clients, serviceLevelTargets, setbacks, users } from "../schema";
import type { Conn } from "../client";
import { contains } from "./contains";
import { followedUpAtSql, notifiedAtSql, remediedAtSql } from "./milestones-sql";

const s = alias(setbacks, "s");
const CLOSED_LIMIT = 100;

export async function boardCards(conn: Conn, filter: BoardFilter, actorId: number | null) {
  const where: (SQL | undefined)[] = [
    filter.closed ? eq(s.stage, "closed") : ne(s.stage, "closed"),
    filter.owner === "mine" ? (actorId === null ? sql`0` : eq(s.ownerId, actorId)) : filter.owner === "none" ? isNull(s.ownerId) : filter.owner ? eq(s.ownerId, filter.owner) : undefined,
    filter.clientId ? eq(s.clientId, filter.clientId) : undefined,
    filter.category ? eq(s.category, filter.category) : undefined,
    filter.severity ? eq(s.severity, filter.severity) : undefined,
    filter.fault ? eq(s.fault, filter.fault) : undefined,
    filter.source ? eq(s.source, filter.source) : undefined,
  ];
  if (filter.q) {
    const number = /^(?:sb-)?0*(\d{1,9})$/i.exec(filter.q)?.[1];
    where.push(or(contains(s.title, filter.q), contains(clients.name, filter.q), number ? eq(s.number, Number(number)) : undefined));
  }
  const query = conn
    .select({
      id: s.id,
      number: s.number,
      title: s.title,
      stage: s.stage,
      severity: s.severity,
      clientId: s.clientId,
      clientName: clients.name,
      category: categories.label,
      owner: users.name,
      discoveredAt: s.discoveredAt,
      closedAsMinor: s.closedAsMinor,
      notifiedAt: notifiedAtSql,
      remediedAt: remediedAtSql,
      followedUpAt: followedUpAtSql,
    })
    .from(s)
    .innerJoin(clients, eq(clients.id, s.clientId))
    .innerJoin(categories, eq(categories.key, s.category))
    .leftJoin(users, eq(users.id, s.ownerId))
    .where(and(...where))
    .orderBy(desc(s.discoveredAt));
  return filter.closed ? query.limit(CLOSED_LIMIT).all() : query.all();
}
export type BoardCard = Awaited<ReturnType<typeof boardCards>>[number];

export async function serviceLevelTargetList(conn: Conn) {
  return conn.select().from(serviceLevelTargets).all();
}

export async function categoryFilterOptions(conn: Conn) {
  return conn.select({ value: categories.key, label: categories.label }).from(categories).orderBy(categories.position).all();
}
