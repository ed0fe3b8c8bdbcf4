// The setbacks of a report: discovered in [from, to), narrowed by the filters, with their
// derived stage timestamps and notify target. Every report query starts from this.
import { sql, type SQL } from "drizzle-orm";
import { followedUpAtSql, notifiedAtSql, remediedAtSql } from "../milestones-sql";

export interface ReportFilter {
  from: number;
  to: number;
  clientId?: number;
  category?: string;
  severity?: string;
  ownerId?: number;
  fault?: string;
  source?: string;
}

export function baseCte(f: ReportFilter): SQL {
  const conditions: SQL[] = [sql`s.discovered_at >= ${f.from}`, sql`s.discovered_at < ${f.to}`];
  if (f.clientId !== undefined) conditions.push(sql`s.client_id = ${f.clientId}`);
  if (f.category !== undefined) conditions.push(sql`s.category = ${f.category}`);
  if (f.severity !== undefined) conditions.push(sql`s.severity = ${f.severity}`);
  if (f.ownerId !== undefined) conditions.push(sql`s.owner_id = ${f.ownerId}`);
  if (f.fault !== undefined) conditions.push(sql`s.fault = ${f.fault}`);
  if (f.source !== undefined) conditions.push(sql`s.source = ${f.source}`);
  return sql`base as (
    select s.id, s.client_id, s.category, s.severity, s.owner_id, s.fault, s.source,
      s.occurred_at, s.discovered_at,
      ${notifiedAtSql} as notified_at,
      ${remediedAtSql} as remedied_at,
      ${followedUpAtSql} as followed_up_at,
      case when s.stage = 'closed' then s.stage_changed_at end as closed_at,
      t.notify_hours
    from setbacks s
    join service_level_targets t on t.severity = s.severity
    where ${sql.join(conditions, sql` and `)}
  )`;
}

/** How a breakdown groups: everything together, or by a column of `base`, or by month. */
export type Breakdown = { by: "all" } | { by: "severity" | "category" | "owner" } | { by: "month"; monthStarts: readonly number[] };

export function groupExpr(b: Breakdown): SQL {
  switch (b.by) {
    case "all":
      return sql`'all'`;
    case "severity":
      return sql`severity`;
    case "category":
      return sql`category`;
    case "owner":
      return sql`coalesce(owner_id, 0)`;
    case "month": {
      // Month boundaries are whole days in the organisation's zone, computed in TypeScript.
      const cases = b.monthStarts.map((start, i) => sql`when discovered_at >= ${start} then ${i}`).reverse();
      return cases.length ? sql`case ${sql.join(cases, sql` `)} else -1 end` : sql`-1`;
    }
  }
}
