// The report as tables of text: the page renders them and the CSV export writes them, so both
// always show the same figures.
import { METRIC_NAMES, RESPONSE_METRICS, type ResponseMetric } from "./response-times";
import type { Summary } from "./summary";

export interface ReportTable {
  id: string;
  title: string;
  columns: string[];
  rows: string[][];
  /** What the table leaves out, said under it (setbacks whose severity is not yet assessed). */
  note?: string;
}

export interface SummaryRow extends Summary {
  metric: ResponseMetric;
  group: string;
}

export interface TargetRow {
  group: string;
  met: number;
  missed: number;
  pending: number;
  percent: number | null;
}

const hours = (h: number | null) => (h === null ? "—" : h.toFixed(2));
const pct = (p: number | null) => (p === null ? "—" : `${p.toFixed(1)}%`);

const SUMMARY_COLUMNS = ["Count", "Median (h)", "p90 (h)", "Mean (h)"];

function summaryCells(row: Summary | undefined): string[] {
  return row ? [String(row.count), hours(row.medianHours), hours(row.p90Hours), hours(row.meanHours)] : ["0", "—", "—", "—"];
}

export function responseTable(rows: SummaryRow[], target: TargetRow | undefined): ReportTable {
  return {
    id: "response-times",
    title: "Response times",
    columns: ["Metric", ...SUMMARY_COLUMNS],
    rows: [
      ...RESPONSE_METRICS.map((m) => [METRIC_NAMES[m], ...summaryCells(rows.find((r) => r.metric === m))]),
      ["Notification target met", target ? `${target.met} of ${target.met + target.missed}` : "0", pct(target?.percent ?? null), "", ""],
    ],
  };
}

/** One metric broken down by a dimension; `label` names each group, and fixes their order. */
export function breakdownTable(
  id: string,
  title: string,
  dimension: string,
  groups: readonly { key: string; label: string }[],
  rows: SummaryRow[],
  metric: ResponseMetric,
  /** The notification target met per group, shown beside time to notify. */
  targets?: TargetRow[],
): ReportTable {
  const inUse = (key: string) => rows.some((r) => r.metric === metric && r.group === key) || Boolean(targets?.some((t) => t.group === key));
  return {
    id,
    title,
    columns: [dimension, ...SUMMARY_COLUMNS, ...(targets ? ["Target met"] : [])],
    rows: groups
      .filter((g) => inUse(g.key))
      .map((g) => [
        g.label,
        ...summaryCells(rows.find((r) => r.metric === metric && r.group === g.key)),
        ...(targets ? [pct(targets.find((t) => t.group === g.key)?.percent ?? null)] : []),
      ]),
  };
}

/** Every response-time metric's median (and count) per group: each metric broken down at once. */
export function mediansTable(id: string, title: string, dimension: string, groups: readonly { key: string; label: string }[], rows: SummaryRow[]): ReportTable {
  const cell = (metric: ResponseMetric, key: string) => {
    const r = rows.find((x) => x.metric === metric && x.group === key);
    return r ? `${hours(r.medianHours)} (${r.count})` : "—";
  };
  return {
    id,
    title,
    columns: [dimension, ...RESPONSE_METRICS.map((m) => `${METRIC_NAMES[m]}: median h (n)`)],
    rows: groups.filter((g) => rows.some((r) => r.group === g.key)).map((g) => [g.label, ...RESPONSE_METRICS.map((m) => cell(m, g.key))]),
  };
}
