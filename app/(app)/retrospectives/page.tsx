import { MarkdownProse } from "@/app/_components/markdown-prose";
import type { Metadata } from "next";
import Link from "next/link";
import { PeriodFields } from "@/app/_components/filter-controls";
import { PageHeader } from "@/app/_components/page-header";
import { RecordForm } from "@/app/_components/record-form";
import { requireActor } from "@/app/_server/session";
import { actionStatus, describeChange, formatFigure } from "@/lib/metrics/retrospective";
import { formatReference } from "@/lib/setbacks/reference";
import { formatDateTime } from "@/lib/time/zoned";
import { saveNotesAction } from "./actions";
import { PrintButton } from "./_components/print-button";
import { loadRetro } from "./load";

export const metadata: Metadata = { title: "Retrospective" };

function clock() {
  return Date.now();
}

export default async function RetrospectivePage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireActor("run:retrospective:any");
  const params = await searchParams;
  const now = clock();
  const { input, period, settings, retro } = await loadRetro(params, now);
  const query = new URLSearchParams(Object.entries(input).filter(([, v]) => v !== undefined) as [string, string][]).toString();
  const date = (ms: number) => formatDateTime(ms, settings.timeZone);
  return (
    <article className="space-y-8">
      <PageHeader
        title={`Retrospective: ${period.label}`}
        subtitle={`Setbacks discovered ${date(period.from)} to ${date(period.to)}, compared with ${retro.previousLabel}.`}
        actions={
          <div className="flex gap-2 print:hidden">
            <PrintButton />
            <a href={`/retrospectives/export?${query}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50" download>
              Markdown
            </a>
          </div>
        }
      />
      <form action="/retrospectives" aria-label="Retrospective period" className="flex flex-wrap items-end gap-3 print:hidden">
        <PeriodFields prefix="p" input={input} />
        <button type="submit" className="rounded-md bg-slate-800 px-4 py-1.5 text-sm font-medium text-white">Show</button>
      </form>

      <section aria-labelledby="headlines">
        <h2 id="headlines" className="mb-2 text-lg font-semibold">Headline figures</h2>
        <div className="overflow-x-auto">
          <table className="min-w-full rounded-lg border border-slate-200 bg-white text-sm" aria-labelledby="headlines">
            <thead className="text-left text-slate-600">
              <tr><th scope="col" className="px-3 py-2">Figure</th><th scope="col" className="px-3 py-2">This period</th><th scope="col" className="px-3 py-2">Previous</th><th scope="col" className="px-3 py-2">Change</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {retro.headlines.map((h) => {
                const change = describeChange(h);
                return (
                  <tr key={h.label}>
                    <th scope="row" className="px-3 py-2 text-left font-medium">{h.label}</th>
                    <td className="px-3 py-2 tabular-nums">{formatFigure(h.current, h.unit, h.currency)}</td>
                    <td className="px-3 py-2 tabular-nums">{formatFigure(h.previous, h.unit, h.currency)}</td>
                    <td className={`px-3 py-2 ${change.endsWith("(worse)") ? "text-red-700" : change.endsWith("(better)") ? "text-emerald-700" : ""}`}>{change}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="lessons">
        <h2 id="lessons" className="mb-2 text-lg font-semibold">Setbacks and their lessons</h2>
        {retro.setbacks.length === 0 ? <p className="text-sm text-slate-600">No setbacks in this period.</p> : null}
        <ul className="space-y-2">
          {retro.setbacks.map((s) => (
            <li key={s.number} className="rounded-md border border-slate-200 bg-white p-3 text-sm break-inside-avoid">
              <Link href={`/setbacks/${formatReference(s.number)}`} className="font-mono text-xs text-indigo-700">{formatReference(s.number)}</Link>{" "}
              <span className="font-medium">{s.title}</span> <span className="text-slate-600">· {s.client} · {s.stage}</span>
              <p className="text-slate-700">{s.rootCause ? `Root cause (${s.rootCauseCategory}): ${s.rootCause}` : "No lesson yet."}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="actions">
        <h2 id="actions" className="mb-2 text-lg font-semibold">Preventive actions</h2>
        {retro.actions.length === 0 ? <p className="text-sm text-slate-600">No preventive actions from this period&apos;s lessons.</p> : null}
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {retro.actions.map((a, i) => {
            const status = actionStatus(a, now);
            return (
              <li key={i} className="px-3 py-2 text-sm">
                <span className={`mr-2 rounded px-1.5 py-0.5 text-xs ${status === "done" ? "bg-emerald-100 text-emerald-800" : status === "overdue" ? "bg-red-100 text-red-800" : "bg-slate-100 text-slate-700"}`}>{status}</span>
                {a.description} <span className="text-slate-600">· {formatReference(a.setbackNumber)} · {a.owner ?? "unassigned"}{a.dueAt ? ` · due ${date(a.dueAt)}` : ""}</span>
                {a.repeatedBy.length ? <strong className="ml-2 text-red-700">Followed by a repeat: {a.repeatedBy.map(formatReference).join(", ")}</strong> : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="patterns">
        <h2 id="patterns" className="mb-2 text-lg font-semibold">What keeps recurring</h2>
        {retro.patterns.length === 0 ? <p className="text-sm text-slate-600">Nothing recurred in this period.</p> : null}
        <ul className="list-disc pl-6 text-sm">
          {retro.patterns.map((p) => <li key={p.pair}>{p.pair}: {p.count} setbacks ({p.references.map(formatReference).join(", ")})</li>)}
        </ul>
      </section>

      <section aria-labelledby="notes">
        <h2 id="notes" className="mb-2 text-lg font-semibold">Notes</h2>
        <div className="mb-3 max-w-3xl">
          {retro.notes ? <MarkdownProse>{retro.notes}</MarkdownProse> : <p className="text-sm text-slate-600">No notes yet.</p>}
        </div>
        <div className="max-w-3xl print:hidden">
          <RecordForm
            action={saveNotesAction}
            idPrefix="retro"
            label="Retrospective notes"
            hidden={{ from: period.from, to: period.to, label: period.label, version: retro.savedAs }}
            submitLabel="Save notes"
            fields={[{ kind: "textarea", name: "notes", label: "Notes for this period", rows: 6, defaultValue: retro.notes }]}
          />
        </div>
      </section>
    </article>
  );
}
