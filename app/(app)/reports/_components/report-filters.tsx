import Link from "next/link";
import type { Option } from "@/app/_components/field";
import { ClientFilter, FilterSelect, PeriodFields } from "@/app/_components/filter-controls";
import { FAULTS, SEVERITIES, SOURCES, labelOf } from "@/lib/setbacks/vocabulary";
import type { ReportInput } from "@/lib/validation/report";

const words = (list: readonly string[]) => list.map((w) => ({ value: w, label: labelOf(w) }));

/** A GET form: period and filters live in the URL. */
export function ReportFilters({ input, clients, categories, owners }: { input: ReportInput; clients: Option[] | null; categories: Option[]; owners: Option[] }) {
  return (
    <form role="search" aria-label="Report period and filters" action="/reports" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <PeriodFields prefix="r" input={input} />
      <ClientFilter id="r-client" choice={clients} clientId={input.clientId} client={input.client} />
      <FilterSelect id="r-category" label="Category" name="category" value={input.category} any="Any category" options={categories} />
      <FilterSelect id="r-severity" label="Severity" name="severity" value={input.severity} any="Any severity" options={words(SEVERITIES)} />
      <FilterSelect id="r-owner" label="Owner" name="ownerId" value={input.ownerId} any="Anyone" options={owners} />
      <FilterSelect id="r-fault" label="Fault" name="fault" value={input.fault} any="Any fault" options={words(FAULTS)} />
      <FilterSelect id="r-source" label="Source" name="source" value={input.source} any="Any source" options={words(SOURCES)} />
      <button type="submit" className="rounded-md bg-slate-800 px-4 py-1.5 text-sm font-medium text-white">Show</button>
      <Link href="/reports" className="pb-1.5 text-sm text-indigo-700 hover:underline">Reset</Link>
    </form>
  );
}
