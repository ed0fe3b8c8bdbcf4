// Response-time metrics: count, median and p90 (nearest rank, see lib/metrics/summary.ts) and
// mean of every metric, per group of a breakdown.
import { sql } from "drizzle-orm";
import { RESPONSE_METRICS, type ResponseMetric } from "../../../lib/metrics/response-times";
import { HOUR_MS, summarizeSorted, type Summary } from "../../../lib/metrics/summary";
import type { Conn } from "../../client";
import { baseCte, type Breakdown, type ReportFilter } from "./base";

export interface ResponseRow extends Summary {
  metric: ResponseMetric;
  group: string;
}

/**
 * Every response-time summary and notification-target count for several breakdowns at once:
 * one query reads the period's facts (the milestones are columns, kept by triggers), and the
 * grouping and nearest-rank percentiles run here — SQLite's window sort took ~10× longer.
 */
export async function responseBreakdowns(conn: Conn, filter: ReportFilter, breakdowns: readonly Breakdown[], now: number) {
  const facts = conn.values<[number, number | null, number | null, number | null, number | null, number | null, number, string, string, number]>(sql`
    with ${baseCte(filter)}
    select discovered_at, occurred_at, notified_at, remedied_at, followed_up_at, closed_at, notify_hours, severity, category, coalesce(owner_id, 0) from base`);
  // Each metric's values are ordered once; every breakdown then fills its groups in that order.
  const n = facts.length;
  const metricValues: Record<ResponseMetric, (number | null)[]> = { ttn: [], ttr: [], ttf: [], ttc: [], lag: [] };
  for (const [discovered, occurred, notified, remedied, followedUp, closed] of facts) {
    metricValues.ttn.push(notified === null ? null : notified - discovered);
    metricValues.ttr.push(remedied === null ? null : remedied - discovered);
    metricValues.ttf.push(followedUp === null || remedied === null ? null : followedUp - remedied);
    metricValues.ttc.push(closed === null ? null : closed - discovered);
    metricValues.lag.push(occurred === null ? null : discovered - occurred);
  }
  const ordered = RESPONSE_METRICS.map((metric) => {
    const values = metricValues[metric];
    const order = Uint32Array.from({ length: n }, (_, i) => i).filter((i) => values[i] !== null);
    order.sort((x, y) => values[x]! - values[y]!);
    return { metric, values, order };
  });
  return breakdowns.map((b) => {
    // Groups as small numbers, so filling them is array work rather than string-keyed lookups.
    const groupOf = groupFunction(b);
    const names: string[] = [];
    const numbers = new Map<string, number>();
    const groups = Int32Array.from(facts, ([discovered, , , , , , , severity, category, owner]) => {
      const name = groupOf(discovered, severity, category, owner);
      let number = numbers.get(name);
      if (number === undefined) numbers.set(name, (number = names.push(name) - 1));
      return number;
    });
    const targets = names.map((group): TargetMetRow => ({ group, met: 0, missed: 0, pending: 0, percent: null }));
    facts.forEach(([discovered, , notified, , , , notifyHours], i) => {
      const t = targets[groups[i]];
      const deadline = discovered + notifyHours * HOUR_MS;
      if (notified !== null) {
        if (notified <= deadline) t.met += 1;
        else t.missed += 1;
      } else if (now > deadline) t.missed += 1;
      else t.pending += 1;
    });
    const byName = names.map((name, number) => ({ name, number })).sort((x, y) => (x.name < y.name ? -1 : 1));
    const times: ResponseRow[] = [];
    for (const { metric, values, order } of [...ordered].sort((x, y) => (x.metric < y.metric ? -1 : 1))) {
      const buckets: number[][] = names.map(() => []);
      for (const i of order) buckets[groups[i]].push(values[i]!);
      for (const { name, number } of byName) if (buckets[number].length) times.push({ metric, group: name, ...summarizeSorted(buckets[number]) });
    }
    const met = byName.map(({ number }) => targets[number]);
    for (const t of met) t.percent = t.met + t.missed === 0 ? null : (100 * t.met) / (t.met + t.missed);
    return { times, met };
  });
}

/** The group of a setback under a breakdown; a month is the last month start at or before discovery. */
function groupFunction(b: Breakdown): (discoveredAt: number, severity: string, category: string, owner: number) => string {
  switch (b.by) {
    case "all":
      return () => "all";
    case "severity":
      return (_, severity) => severity;
    case "category":
      return (_, __, category) => category;
    case "owner":
      return (_, __, ___, owner) => String(owner);
    case "month":
      return (at) => {
        for (let i = b.monthStarts.length - 1; i >= 0; i--) if (at >= b.monthStarts[i]) return String(i);
        return "-1";
      };
  }
}

export async function responseTimes(conn: Conn, filter: ReportFilter, breakdown: Breakdown): Promise<ResponseRow[]> {
  const [{ times }] = await responseBreakdowns(conn, filter, [breakdown], 0);
  return times;
}

export interface TargetMetRow {
  group: string;
  met: number;
  missed: number;
  pending: number;
  percent: number | null;
}

export async function notificationTargetMet(conn: Conn, filter: ReportFilter, breakdown: Breakdown, now: number): Promise<TargetMetRow[]> {
  const [{ met }] = await responseBreakdowns(conn, filter, [breakdown], now);
  return met;
}

/** The facts of every setback of the report, for the reference implementation and exports. */
export async function reportFacts(conn: Conn, filter: ReportFilter) {
  return conn.all<{
    id: number; client_id: number; category: string; severity: string; owner_id: number | null; fault: string; source: string;
    occurred_at: number | null; discovered_at: number; notified_at: number | null; remedied_at: number | null; followed_up_at: number | null; closed_at: number | null; notify_hours: number;
  }>(sql`with ${baseCte(filter)} select * from base order by id`).map((r) => ({
    id: r.id, clientId: r.client_id, category: r.category, severity: r.severity, ownerId: r.owner_id, fault: r.fault, source: r.source,
    occurredAt: r.occurred_at, discoveredAt: r.discovered_at, notifiedAt: r.notified_at, remediedAt: r.remedied_at, followedUpAt: r.followed_up_at,
    closedAt: r.closed_at, notifyTargetHours: r.notify_hours,
  }));
}

/** The next instant a not-yet-notified setback of the report turns from pending to missed. */
export async function nextNotifyDeadline(conn: Conn, filter: ReportFilter, now: number): Promise<number | null> {
  const row = conn.get<{ next: number | null }>(sql`
    with ${baseCte(filter)}
    select min(discovered_at + notify_hours * ${HOUR_MS}) as next from base
    where notified_at is null and discovered_at + notify_hours * ${HOUR_MS} >= ${now}`);
  return row?.next ?? null;
}
