import Link from "next/link";
import type { Option } from "@/app/_components/field";
import { FAULTS, SEVERITIES, SOURCES, labelOf } from "@/lib/setbacks/vocabulary";
import type { ReportInput } from "@/lib/validation/report";

const control = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

function Select({ id, label, name, value, options, any }: { id: string; label: string; name: string; value?: string | number; options: readonly Option[]; any?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} className={control}>
        {any !== undefined ? <option value="">{any}</option> : null}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

const words = (list: readonly string[]) => list.map((w) => ({ value: w, label: labelOf(w) }));
const PERIODS = [
  { value: "30", label: "Last 30 days" },
  { value: "90", label: "Last 90 days" },
  { value: "365", label: "Last 365 days" },
  { value: "quarter", label: "A quarter" },
  { value: "custom", label: "Custom dates" },
];

/** A GET form: period and filters live in the URL. */
export function ReportFilters({ input, clients, categories, owners }: { input: ReportInput; clients: Option[]; categories: Option[]; owners: Option[] }) {
  return (
    <form role="search" aria-label="Report period and filters" action="/reports" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <Select id="r-period" label="Period" name="period" value={input.period} options={PERIODS} />
      <div>
        <label htmlFor="r-quarter" className="block text-xs font-medium text-slate-600">Quarter</label>
        <input id="r-quarter" name="quarter" defaultValue={input.quarter} placeholder="2026-Q3" className={`${control} w-28`} />
      </div>
      <div>
        <label htmlFor="r-from" className="block text-xs font-medium text-slate-600">From</label>
        <input id="r-from" name="from" type="date" defaultValue={input.from} className={control} />
      </div>
      <div>
        <label htmlFor="r-to" className="block text-xs font-medium text-slate-600">To</label>
        <input id="r-to" name="to" type="date" defaultValue={input.to} className={control} />
      </div>
      <Select id="r-client" label="Client" name="clientId" value={input.clientId} any="Any client" options={clients} />
      <Select id="r-category" label="Category" name="category" value={input.category} any="Any category" options={categories} />
      <Select id="r-severity" label="Severity" name="severity" value={input.severity} any="Any severity" options={words(SEVERITIES)} />
      <Select id="r-owner" label="Owner" name="ownerId" value={input.ownerId} any="Anyone" options={owners} />
      <Select id="r-fault" label="Fault" name="fault" value={input.fault} any="Any fault" options={words(FAULTS)} />
      <Select id="r-source" label="Source" name="source" value={input.source} any="Any source" options={words(SOURCES)} />
      <button type="submit" className="rounded-md bg-slate-800 px-4 py-1.5 text-sm font-medium text-white">Show</button>
      <Link href="/reports" className="pb-1.5 text-sm text-indigo-700 hover:underline">Reset</Link>
    </form>
  );
}
