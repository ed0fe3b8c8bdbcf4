// Response-time metrics in one query per breakdown: every metric's values, ranked per group,
// give count, median and p90 (nearest rank, see lib/metrics/summary.ts) and mean.
import { sql } from "drizzle-orm";
import type { ResponseMetric } from "../../../lib/metrics/response-times";
import { HOUR_MS, type Summary } from "../../../lib/metrics/summary";
import type { Conn } from "../../client";
import { baseCte, groupExpr, type Breakdown, type ReportFilter } from "./base";

export interface ResponseRow extends Summary {
  metric: ResponseMetric;
  group: string;
}

export async function responseTimes(conn: Conn, filter: ReportFilter, breakdown: Breakdown): Promise<ResponseRow[]> {
  const g = groupExpr(breakdown);
  const rows = conn.all<{ metric: ResponseMetric; grp: string | number; n: number; median: number; p90: number; mean: number }>(sql`
    with ${baseCte(filter)},
    vals as (
      select 'ttn' as metric, ${g} as grp, notified_at - discovered_at as v from base where notified_at is not null
      union all select 'ttr', ${g}, remedied_at - discovered_at from base where remedied_at is not null
      union all select 'ttf', ${g}, followed_up_at - remedied_at from base where followed_up_at is not null and remedied_at is not null
      union all select 'ttc', ${g}, closed_at - discovered_at from base where closed_at is not null
      union all select 'lag', ${g}, discovered_at - occurred_at from base
    ),
    ranked as (
      select metric, grp, v,
        row_number() over (partition by metric, grp order by v) as rn,
        count(*) over (partition by metric, grp) as n
      from vals
    )
    select metric, grp, max(n) as n,
      max(case when rn = (50 * n + 99) / 100 then v end) as median,
      max(case when rn = (90 * n + 99) / 100 then v end) as p90,
      avg(v) as mean
    from ranked
    group by metric, grp
    order by metric, grp`);
  return rows.map((r) => ({
    metric: r.metric,
    group: String(r.grp),
    count: r.n,
    medianHours: r.median / HOUR_MS,
    p90Hours: r.p90 / HOUR_MS,
    meanHours: r.mean / HOUR_MS,
  }));
}

export interface TargetMetRow {
  group: string;
  met: number;
  missed: number;
  pending: number;
  percent: number | null;
}

export async function notificationTargetMet(conn: Conn, filter: ReportFilter, breakdown: Breakdown, now: number): Promise<TargetMetRow[]> {
  const g = groupExpr(breakdown);
  const rows = conn.all<{ grp: string | number; met: number; missed: number; pending: number }>(sql`
    with ${baseCte(filter)},
    judged as (
      select ${g} as grp, notified_at, discovered_at + notify_hours * ${HOUR_MS} as deadline from base
    )
    select grp,
      sum(case when notified_at is not null and notified_at <= deadline then 1 else 0 end) as met,
      sum(case when (notified_at is not null and notified_at > deadline) or (notified_at is null and ${now} > deadline) then 1 else 0 end) as missed,
      sum(case when notified_at is null and ${now} <= deadline then 1 else 0 end) as pending
    from judged group by grp order by grp`);
  return rows.map((r) => ({ group: String(r.grp), met: r.met, missed: r.missed, pending: r.pending, percent: r.met + r.missed === 0 ? null : (100 * r.met) / (r.met + r.missed) }));
}

/** The facts of every setback of the report, for the reference implementation and exports. */
export async function reportFacts(conn: Conn, filter: ReportFilter) {
  return conn.all<{
    id: number; client_id: number; category: string; severity: string; owner_id: number | null; fault: string; source: string;
    occurred_at: number; discovered_at: number; notified_at: number | null; remedied_at: number | null; followed_up_at: number | null; closed_at: number | null; notify_hours: number;
  }>(sql`with ${baseCte(filter)} select * from base order by id`).map((r) => ({
    id: r.id, clientId: r.client_id, category: r.category, severity: r.severity, ownerId: r.owner_id, fault: r.fault, source: r.source,
    occurredAt: r.occurred_at, discoveredAt: r.discovered_at, notifiedAt: r.notified_at, remediedAt: r.remedied_at, followedUpAt: r.followed_up_at,
    closedAt: r.closed_at, notifyTargetHours: r.notify_hours,
  }));
}
