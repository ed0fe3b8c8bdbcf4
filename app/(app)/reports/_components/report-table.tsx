import type { ReactNode } from "react";
import type { ReportTable as Table } from "@/lib/metrics/report-tables";

/** Rows a table shows on the page; long ones (a year of recurring pairs) end in the CSV. */
const SHOWN_ROWS = 20;

export function ReportTable({ table, csvHref, chart }: { table: Table; csvHref: string; chart?: ReactNode }) {
  const rows = table.rows.slice(0, SHOWN_ROWS);
  return (
    <section aria-labelledby={`t-${table.id}`} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
      <div className="mb-2 flex items-baseline justify-between gap-3">
        <h2 id={`t-${table.id}`} className="font-semibold">{table.title}</h2>
        <a href={csvHref} className="text-sm text-indigo-700 hover:underline" download>
          CSV<span className="sr-only"> of {table.title}</span>
        </a>
      </div>
      {chart && table.rows.length ? <div className="mb-3">{chart}</div> : null}
      {table.note ? <p className="mb-2 text-sm text-slate-600">{table.note}</p> : null}
      {table.rows.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing to show for this period and view.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm" aria-labelledby={`t-${table.id}`}>
            <thead className="text-left text-slate-600">
              <tr>{table.columns.map((c) => <th key={c} scope="col" className="px-2 py-1 font-medium">{c}</th>)}</tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row[0]}>
                  {row.map((cell, i) => (i === 0 ? <th key={i} scope="row" className="px-2 py-1 text-left font-medium">{cell}</th> : <td key={i} className="px-2 py-1 tabular-nums">{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
          {table.rows.length > rows.length ? (
            <p className="mt-2 text-sm text-slate-600">
              The first {rows.length} of {table.rows.length} rows; the <a href={csvHref} className="text-indigo-700 underline" download>CSV<span className="sr-only"> of {table.title}</span></a> has them all.
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}
