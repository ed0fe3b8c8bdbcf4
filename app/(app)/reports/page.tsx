import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { categoryFilterOptions } from "@/db/queries/board";
import { clientChoice } from "@/db/queries/clients";
import { userOptions } from "@/db/queries/users";
import { reportQuery } from "@/lib/validation/report";
import { formatDateTime } from "@/lib/time/zoned";
import { LazyBarChart, LazyTrendChart } from "./_components/lazy-charts";
import type { ReportTable as Table } from "@/lib/metrics/report-tables";
import { ReportFilters } from "./_components/report-filters";
import { ReportTable } from "./_components/report-table";
import { loadReport } from "./load";

export const metadata: Metadata = { title: "Reports" };

/** Tables read at a glance as bars: which column of the table the bars show. */
const CHARTED: Record<string, { column: number; unit: string }> = {
  "ttn-by-severity": { column: 2, unit: "h" },
  "ttr-by-severity": { column: 2, unit: "h" },
  "ttn-by-category": { column: 2, unit: "h" },
};

function barsOf(table: Table, column: number) {
  return table.rows.map((r) => ({ label: r[0], value: r[column] === "—" ? null : Number(r[column]) }));
}

const SECTIONS = [
  { heading: "Response times in detail", prefixes: ["ttn-", "ttr-", "ttx-"] },
  { heading: "Recurrence", prefixes: ["recurrence", "pairs-", "repeat-"] },
  { heading: "Compensation and outcomes", prefixes: ["outcomes", "compensation-"] },
  { heading: "Communication quality", prefixes: ["communication-"] },
] as const;

function clock() {
  return Date.now();
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireActor("read:report:any");
  const db = getDb();
  const [report, clients, categories, owners] = await Promise.all([loadReport(await searchParams, clock()), clientChoice(db), categoryFilterOptions(db), userOptions(db)]);
  const csv = (id: string) => `/reports/export${reportQuery(report.input, { table: id })}`;
  const [overall, ...others] = report.tables;
  const trend = others.find((t) => t.id === "ttn-by-month")!;
  const section = (prefix: readonly string[]) => others.filter((t) => t.id !== trend.id && prefix.some((p) => t.id.startsWith(p)));
  return (
    <>
      <PageHeader
        title="Reports"
        subtitle={`${report.period.label}: setbacks discovered from ${formatDateTime(report.period.from, report.timeZone)} up to ${formatDateTime(report.period.to, report.timeZone)} (${report.timeZone}). Durations in hours; median and p90 by nearest rank.`}
      />
      <ReportFilters
        input={report.input}
        clients={clients}
        categories={categories}
        owners={owners.map((u) => ({ value: u.id, label: u.name }))}
      />
      <div className="space-y-6">
        <ReportTable table={overall} csvHref={csv(overall.id)} />
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="mb-2 font-semibold">Monthly trend</h2>
            <LazyTrendChart points={report.trend} />
          </div>
          <ReportTable table={trend} csvHref={csv(trend.id)} />
        </div>
        {SECTIONS.map(({ heading, prefixes }) => (
          <section key={heading} aria-label={heading}>
            <h2 className="mb-3 mt-2 text-lg font-semibold">{heading}</h2>
            <div className="grid gap-6 lg:grid-cols-2">
              {section(prefixes).map((t) => (
                <ReportTable key={t.id} table={t} csvHref={csv(t.id)} chart={CHARTED[t.id] ? <LazyBarChart bars={barsOf(t, CHARTED[t.id].column)} unit={CHARTED[t.id].unit} /> : undefined} />
              ))}
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
