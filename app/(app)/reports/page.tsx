import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { categoryFilterOptions } from "@/db/queries/board";
import { clientOptions } from "@/db/queries/clients";
import { userOptions } from "@/db/queries/users";
import { reportQuery } from "@/lib/validation/report";
import { formatDateTime } from "@/lib/time/zoned";
import { LazyTrendChart } from "./_components/lazy-trend-chart";
import { ReportFilters } from "./_components/report-filters";
import { ReportTable } from "./_components/report-table";
import { loadReport } from "./load";

export const metadata: Metadata = { title: "Reports" };

const SECTIONS = [
  { heading: "Response times in detail", prefixes: ["ttn-", "ttr-"] },
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
  const [report, clients, categories, owners] = await Promise.all([loadReport(await searchParams, clock()), clientOptions(db), categoryFilterOptions(db), userOptions(db)]);
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
        clients={clients.map((c) => ({ value: c.id, label: c.name }))}
        categories={categories}
        owners={owners.map((u) => ({ value: u.id, label: u.name }))}
      />
      <div className="space-y-6">
        <ReportTable table={overall} csvHref={csv(overall.id)} />
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="rounded-lg border border-slate-200 bg-white p-4">
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
                <ReportTable key={t.id} table={t} csvHref={csv(t.id)} />
              ))}
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
