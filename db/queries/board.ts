// The board's read model: open setbacks (or closed ones, through the filter) with what their
// cards show and the timestamps their clocks need.
import { and, desc, eq, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { BoardFilter } from "../../lib/validation/board";
import { STAGES } from "../../lib/setbacks/vocabulary";
import { clockSeveritySql } from "./clock-severity-sql";
import { categories, clients, serviceLevelTargets, setbacks, users } from "../schema";
import type { Conn, Db } from "../client";
import { cachedRead } from "../read-cache";
import { nextStep, type NextStep } from "../../lib/setbacks/next-step";
import { lifecycleRecordsOf } from "./lifecycle-records";
import { clientNameContains, contains } from "./contains";

const s = alias(setbacks, "s");
const CLOSED_LIMIT = 100;
const OPEN_STAGES = STAGES.filter((stage) => stage !== "closed");

const HOUR_MS = 3_600_000;
const t = serviceLevelTargets;

/**
 * The running clock's deadline (lib/setbacks/clocks.ts) in SQL: notify, else remedy, else the
 * first follow-up, each from the setback's severity target; null once all three are met.
 */
const deadlineSql = sql<number | null>`(case
  when ${s.notifiedAt} is null then ${s.discoveredAt} + ${t.notifyHours} * ${HOUR_MS}
  when ${s.remediedAt} is null then ${s.discoveredAt} + ${t.remedyHours} * ${HOUR_MS}
  when ${s.followedUpAt} is null then ${s.remediedAt} + ${t.followUpHours} * ${HOUR_MS} end)`;

function boardWhere(filter: BoardFilter, actorId: number | null, now: number | undefined): SQL | undefined {
  const where: (SQL | undefined)[] = [
    filter.closed ? eq(s.stage, "closed") : ne(s.stage, "closed"),
    filter.owner === "mine" ? (actorId === null ? sql`0` : eq(s.ownerId, actorId)) : filter.owner === "none" ? isNull(s.ownerId) : filter.owner ? eq(s.ownerId, filter.owner) : undefined,
    filter.clientId ? eq(s.clientId, filter.clientId) : undefined,
    filter.client ? clientNameContains(filter.client) : undefined,
    filter.category ? eq(s.category, filter.category) : undefined,
    filter.severity ? eq(s.severity, filter.severity) : undefined,
    filter.fault ? eq(s.fault, filter.fault) : undefined,
    filter.source ? eq(s.source, filter.source) : undefined,
    filter.breached && now !== undefined ? sql`${deadlineSql} < ${now}` : undefined,
  ];
  if (filter.q) {
    const number = /^(?:sb-)?0*(\d{1,9})$/i.exec(filter.q)?.[1];
    where.push(or(contains(s.title, filter.q), clientNameContains(filter.q), number ? eq(s.number, Number(number)) : undefined));
  }
  return and(...where);
}

/**
 * The board's cards. With `perColumn`, each open stage keeps only its most urgent cards (the
 * clock running out first), which is what a board of thousands can show; `now` applies the
 * breached-only filter in SQL. Without it, every matching card (tests compare against these).
 */
export async function boardCards(conn: Conn, filter: BoardFilter, actorId: number | null, options: { perColumn?: number; now?: number } = {}) {
  const query = (extra?: SQL) =>
    conn
      .select({
        id: s.id,
        number: s.number,
        title: s.title,
        stage: s.stage,
        severity: s.severity,
        clientId: s.clientId,
        clientName: clients.name,
        category: categories.label,
        categoryKey: s.category,
        fault: s.fault,
        owner: users.name,
        discoveredAt: s.discoveredAt,
        closedAsMinor: s.closedAsMinor,
        notifiedAt: s.notifiedAt,
        remediedAt: s.remediedAt,
        followedUpAt: s.followedUpAt,
      })
      .from(s)
      .innerJoin(clients, eq(clients.id, s.clientId))
      .innerJoin(categories, eq(categories.key, s.category))
      .leftJoin(users, eq(users.id, s.ownerId))
      .leftJoin(t, eq(t.severity, clockSeveritySql(s.severity)))
      .where(and(boardWhere(filter, actorId, options.now), extra));
  if (filter.closed) return query().orderBy(desc(s.discoveredAt)).limit(CLOSED_LIMIT).all();
  if (options.perColumn === undefined) return query().orderBy(desc(s.discoveredAt)).all();
  const limit = options.perColumn;
  return OPEN_STAGES.flatMap((stage) =>
    query(eq(s.stage, stage)).orderBy(sql`${deadlineSql} is null`, deadlineSql, desc(s.discoveredAt)).limit(limit).all(),
  );
}

/**
 * How many open setbacks each stage holds under the filter, how many are breached at `now`, and
 * the next deadline still ahead (when a count would next change).
 */
export async function boardTotals(conn: Conn, filter: BoardFilter, actorId: number | null, now: number) {
  return conn
    .select({
      stage: s.stage,
      total: sql<number>`count(*)`,
      breached: sql<number>`coalesce(sum(${deadlineSql} < ${now}), 0)`,
      nextDeadline: sql<number | null>`min(case when ${deadlineSql} >= ${now} then ${deadlineSql} end)`,
    })
    .from(s)
    .innerJoin(clients, eq(clients.id, s.clientId))
    .leftJoin(t, eq(t.severity, clockSeveritySql(s.severity)))
    .where(boardWhere(filter, actorId, now))
    .groupBy(s.stage)
    .all();
}
export type BoardCard = Awaited<ReturnType<typeof boardCards>>[number];

export async function serviceLevelTargetList(conn: Conn) {
  return conn.select().from(serviceLevelTargets).all();
}

export async function categoryFilterOptions(conn: Conn) {
  return conn.select({ value: categories.key, label: categories.label }).from(categories).orderBy(categories.position).all();
}

/**
 * What the board shows: each column's most urgent cards and every column's counts. Cached
 * (db/read-cache.ts) until the data changes or the next deadline passes.
 */
export async function boardView(db: Db, filter: BoardFilter, actorId: number | null, now: number, perColumn: number) {
  return cachedRead(db, `board:${perColumn}:${actorId}:${JSON.stringify(filter)}`, now, async () => {
    const [cards, totals] = await Promise.all([boardCards(db, filter, actorId, { perColumn, now }), filter.closed ? undefined : boardTotals(db, filter, actorId, now)]);
    const deadlines = (totals ?? []).map((t) => t.nextDeadline).filter((d): d is number => d !== null);
    // Each shown card's next step (its button), from the records its next move's guard reads.
    const records = lifecycleRecordsOf(db, cards.map((c) => c.id));
    const steps: Record<number, NextStep | null> = {};
    for (const card of cards) {
      const r = records.get(card.id);
      steps[card.id] = r ? nextStep({ stage: card.stage, fault: card.fault, category: card.categoryKey }, r) : null;
    }
    return { value: { cards, totals, steps }, validThrough: deadlines.length ? Math.min(...deadlines) : null };
  });
}
