// The setbacks of a report: discovered in [from, to), narrowed by the filters, with their
// derived stage timestamps (kept on the row by triggers) and notify target. Every report query starts from this.
import { sql, type SQL } from "drizzle-orm";
import { clockSeveritySql } from "../clock-severity-sql";
import { clientsNamed } from "../contains";

export interface ReportFilter {
  from: number;
  to: number;
  clientId?: number;
  /** Part of a client's name. */
  client?: string;
  category?: string;
  severity?: string;
  ownerId?: number;
  fault?: string;
  source?: string;
}

export function baseCte(f: ReportFilter): SQL {
  const conditions: SQL[] = [sql`s.discovered_at >= ${f.from}`, sql`s.discovered_at < ${f.to}`];
  if (f.clientId !== undefined) conditions.push(sql`s.client_id = ${f.clientId}`);
  if (f.client !== undefined) conditions.push(sql`s.client_id in ${clientsNamed(f.client)}`);
  if (f.category !== undefined) conditions.push(sql`s.category = ${f.category}`);
  if (f.severity !== undefined) conditions.push(sql`s.severity = ${f.severity}`);
  if (f.ownerId !== undefined) conditions.push(sql`s.owner_id = ${f.ownerId}`);
  if (f.fault !== undefined) conditions.push(sql`s.fault = ${f.fault}`);
  if (f.source !== undefined) conditions.push(sql`s.source = ${f.source}`);
  return sql`base as (
    select s.id, s.client_id, s.category, s.severity, s.owner_id, s.fault, s.source,
      -- When it happened, only when someone said (decision 013): no invented detection lag.
      case when s.occurred_at_known = 1 then s.occurred_at end as occurred_at, s.discovered_at,
      s.notified_at, s.remedied_at, s.followed_up_at,
      case when s.stage = 'closed' then s.stage_changed_at end as closed_at,
      t.notify_hours
    from setbacks s
    join service_level_targets t on t.severity = ${clockSeveritySql(sql.raw("s.severity"))}
    where ${sql.join(conditions, sql` and `)}
  )`;
}

/** How a breakdown groups: everything together, or by a column of `base`, or by month. */
export type Breakdown = { by: "all" } | { by: "severity" | "category" | "owner" } | { by: "month"; monthStarts: readonly number[] };
