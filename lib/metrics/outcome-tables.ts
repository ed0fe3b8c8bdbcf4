// Recurrence, compensation, outcome and communication-quality figures as report tables.
import { formatMoney } from "../money";
import { formatReference } from "../setbacks/reference";

import type { ReportTable } from "./report-tables";

const pct = (p: number | null) => (p === null ? "—" : `${p.toFixed(1)}%`);
const refs = (numbers: readonly number[]) => numbers.map(formatReference).join(" ");

export function recurrenceTable(rate: { total: number; recurring: number; percent: number | null }, windowDays: number): ReportTable {
  return {
    id: "recurrence",
    title: "Recurrence",
    columns: ["Figure", "Value"],
    rows: [
      ["Setbacks in the period", String(rate.total)],
      [`Recurring (same client and category within ${windowDays} days before)`, String(rate.recurring)],
      ["Recurrence rate", pct(rate.percent)],
    ],
  };
}

export function pairsTable(id: string, title: string, pairs: readonly { pair: string; count: number; references: readonly number[] }[]): ReportTable {
  return { id, title, columns: ["Pair", "Setbacks", "Which"], rows: pairs.map((p) => [p.pair, String(p.count), refs(p.references)]) };
}

export function repeatsTable(repeats: readonly { earlierNumber: number; laterNumber: number }[]): ReportTable {
  return {
    id: "repeat-after-prevention",
    title: "Repeat after prevention",
    columns: ["Later setback", "Earlier setback (prevention done)"],
    rows: repeats.map((r) => [formatReference(r.laterNumber), formatReference(r.earlierNumber)]),
  };
}

export function compensationTable(
  id: string,
  dimension: string,
  rows: readonly { group: string; currency: string; totalCents: number; count: number }[],
  label: (group: string) => string,
): ReportTable {
  return {
    id,
    title: `Compensation by ${dimension.toLowerCase()}`,
    columns: [dimension, "Total", "Count"],
    rows: rows.map((r) => [label(r.group), formatMoney(r.totalCents, r.currency), String(r.count)]),
  };
}

export function outcomesTable(
  share: { compensated: number; total: number; percent: number | null; averages: readonly { currency: string; averageCents: number }[] },
  outcomes: { meanSatisfaction: number | null; satisfactionCount: number; retentionPercent: number | null; retentionKnown: number; reopenPercent: number | null; closedAsMinor: number },
): ReportTable {
  return {
    id: "outcomes",
    title: "Compensation share and outcomes",
    columns: ["Figure", "Value"],
    rows: [
      ["Setbacks compensated", `${share.compensated} of ${share.total} (${pct(share.percent)})`],
      ...share.averages.map((a) => [`Average per compensated setback (${a.currency})`, formatMoney(Math.round(a.averageCents), a.currency)]),
      ["Mean satisfaction (1–5)", outcomes.meanSatisfaction === null ? "—" : `${outcomes.meanSatisfaction.toFixed(2)} (${outcomes.satisfactionCount} follow-ups)`],
      ["Clients retained after a setback", `${pct(outcomes.retentionPercent)} (of ${outcomes.retentionKnown} known)`],
      ["Reopen rate", pct(outcomes.reopenPercent)],
      ["Closed as minor", String(outcomes.closedAsMinor)],
    ],
  };
}

export function qualityTable(q: { notifications: number; apologyPercent: number | null; causePercent: number | null; remedyPercent: number | null; timelinePercent: number | null; personalPercent: number | null; latePercent: number | null }): ReportTable {
  return {
    id: "communication-quality",
    title: "Communication quality of first notifications",
    columns: ["Figure", "Share"],
    rows: [
      ["First notifications", String(q.notifications)],
      ["With an apology", pct(q.apologyPercent)],
      ["Explaining the cause", pct(q.causePercent)],
      ["Offering a remedy or alternative", pct(q.remedyPercent)],
      ["Giving a timeline", pct(q.timelinePercent)],
      [`In person, by phone or video`, pct(q.personalPercent)],
      ["Sent after the target", pct(q.latePercent)],
    ],
  };
}

