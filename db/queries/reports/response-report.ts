// Everything the response-time part of /reports shows, as tables (and the trend's series).
import { asc, sql } from "drizzle-orm";
import { breakdownTable, mediansTable, responseTable, type ReportTable } from "../../../lib/metrics/report-tables";
import type { Period } from "../../../lib/metrics/period";
import { monthStarts } from "../../../lib/metrics/period";
import { SEVERITIES, UNASSESSED, labelOf } from "../../../lib/setbacks/vocabulary";
import { toLocalDate } from "../../../lib/time/zoned";
import { categories, users } from "../../schema";
import type { Conn } from "../../client";
import { baseCte, type ReportFilter } from "./base";
import { responseBreakdowns } from "./response-times";

export interface TrendPoint {
  month: string;
  medianTtnHours: number | null;
  targetMetPercent: number | null;
}

export async function responseReport(conn: Conn, filter: ReportFilter, period: Period, timeZone: string, now: number) {
  const months = monthStarts(period, timeZone);
  const [all, severity, category, owner, month] = await responseBreakdowns(
    conn,
    filter,
    [{ by: "all" }, { by: "severity" }, { by: "category" }, { by: "owner" }, { by: "month", monthStarts: months }],
    now,
  );
  const [overall, bySeverity, byCategory, byOwner, byMonth] = [all, severity, category, owner, month].map((b) => b.times);
  const [metAll, metSeverity, metCategory, metOwner, metMonth] = [all, severity, category, owner, month].map((b) => b.met);
  const categoryGroups = conn.select({ key: categories.key, label: categories.label }).from(categories).orderBy(asc(categories.position)).all();
  const ownerGroups = [
    ...conn.select({ key: users.id, label: users.name }).from(users).orderBy(asc(users.name)).all().map((u) => ({ key: String(u.key), label: u.label })),
    { key: "0", label: "Unassigned" },
  ];
  const monthGroups = months.map((m, i) => ({ key: String(i), label: toLocalDate(m, timeZone).slice(0, 7) }));
  const severityGroups = [...SEVERITIES].reverse().map((s) => ({ key: s, label: labelOf(s) }));
  const note = unassessedNote(conn, filter);
  const withNote = (table: ReportTable): ReportTable => (note ? { ...table, note } : table);
  const tables: ReportTable[] = [
    responseTable(overall, metAll[0]),
    withNote(breakdownTable("ttn-by-severity", "Time to notify by severity", "Severity", severityGroups, bySeverity, "ttn", metSeverity)),
    breakdownTable("ttn-by-category", "Time to notify by category", "Category", categoryGroups, byCategory, "ttn", metCategory),
    breakdownTable("ttn-by-owner", "Time to notify by owner", "Owner", ownerGroups, byOwner, "ttn", metOwner),
    withNote(breakdownTable("ttr-by-severity", "Time to remedy by severity", "Severity", severityGroups, bySeverity, "ttr")),
    breakdownTable("ttn-by-month", "Time to notify by month", "Month", monthGroups, byMonth, "ttn", metMonth),
    withNote(mediansTable("ttx-by-severity", "Every response time by severity", "Severity", severityGroups, bySeverity)),
    mediansTable("ttx-by-category", "Every response time by category", "Category", categoryGroups, byCategory),
    mediansTable("ttx-by-owner", "Every response time by owner", "Owner", ownerGroups, byOwner),
  ];
  const trend: TrendPoint[] = monthGroups.map((g) => ({
    month: g.label,
    medianTtnHours: byMonth.find((r) => r.metric === "ttn" && r.group === g.key)?.medianHours ?? null,
    targetMetPercent: metMonth.find((t) => t.group === g.key)?.percent ?? null,
  }));
  return { tables, trend };
}

/**
 * A client's report before triage has no severity yet: it counts in the totals and every other
 * breakdown, and the severity tables say it is left out (docs/decisions/013).
 */
function unassessedNote(conn: Conn, filter: ReportFilter): string | undefined {
  const row = conn.get<{ n: number }>(sql`with ${baseCte(filter)} select count(*) as n from base where severity = ${UNASSESSED}`);
  const n = row?.n ?? 0;
  return n === 0 ? undefined : `Not in this breakdown: ${n} setback${n === 1 ? "" : "s"} whose severity is not yet assessed (a client's report before triage).`;
}
