// Recurrence in SQL: see lib/metrics/recurrence.ts for the definitions this must match.
import { sql } from "drizzle-orm";
import type { Conn } from "../../client";
import { baseCte, type ReportFilter } from "./base";

const DAY_MS = 86_400_000;

/** Earlier setbacks `a` of `b`'s client and category within the window, as a join condition. */
const earlier = (windowDays: number) => sql`a.client_id = b.client_id and a.category = b.category
  and a.discovered_at < b.discovered_at and a.discovered_at >= b.discovered_at - ${windowDays * DAY_MS}`;

export async function recurrenceRate(conn: Conn, filter: ReportFilter, windowDays: number) {
  const row = conn.get<{ total: number; recurring: number | null }>(sql`
    with ${baseCte(filter)}
    select count(*) as total,
      sum(case when exists (select 1 from setbacks a where ${earlier(windowDays)}) then 1 else 0 end) as recurring
    from base b`);
  const total = row?.total ?? 0;
  const recurring = row?.recurring ?? 0;
  return { total, recurring, percent: total ? (100 * recurring) / total : null };
}

export interface PairRow {
  pair: string;
  count: number;
  ids: number[];
  references: number[];
}

/** Client × category, or category × root cause, shared by two or more of the period's setbacks. */
export async function recurringPairs(conn: Conn, filter: ReportFilter, by: "client_category" | "category_root_cause"): Promise<PairRow[]> {
  const key =
    by === "client_category"
      ? sql`(select c.name from clients c where c.id = b.client_id) || ' × ' || (select g.label from categories g where g.key = b.category)`
      : sql`(select g.label from categories g where g.key = b.category) || ' × ' || (select r.label from lessons l join root_cause_categories r on r.key = l.root_cause_category where l.setback_id = b.id)`;
  const rows = conn.all<{ pair: string; n: number; ids: string; refs: string }>(sql`
    with ${baseCte(filter)},
    keyed as (select b.id, s.number, ${key} as pair from base b join setbacks s on s.id = b.id)
    select pair, count(*) as n, group_concat(id) as ids, group_concat(number) as refs
    from keyed where pair is not null group by pair having count(*) >= 2
    order by n desc, pair`);
  return rows.map((r) => ({
    pair: r.pair,
    count: r.n,
    ids: r.ids.split(",").map(Number).sort((a, b) => a - b),
    references: r.refs.split(",").map(Number).sort((a, b) => a - b),
  }));
}

export async function repeatsAfterPrevention(conn: Conn, filter: ReportFilter, windowDays: number) {
  return conn.all<{ earlierId: number; laterId: number; earlierNumber: number; laterNumber: number }>(sql`
    with ${baseCte(filter)}
    select a.id as earlierId, b.id as laterId, a.number as earlierNumber, (select s.number from setbacks s where s.id = b.id) as laterNumber
    from base b join setbacks a on ${earlier(windowDays)}
    where exists (
      select 1 from lessons l join preventive_actions p on p.lesson_id = l.id
      where l.setback_id = a.id and p.done_at is not null and p.done_at < b.discovered_at)
    order by b.id, a.id`);
}
