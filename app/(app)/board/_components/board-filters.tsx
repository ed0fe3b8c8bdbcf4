import Link from "next/link";
import type { Option } from "@/app/_components/field";
import { ClientFilter, FilterSelect, filterControl } from "@/app/_components/filter-controls";
import { FAULTS, SEVERITIES, SOURCES, labelOf } from "@/lib/setbacks/vocabulary";
import type { BoardFilter } from "@/lib/validation/board";

const words = (list: readonly string[]) => list.map((w) => ({ value: w, label: labelOf(w) }));

/** A GET form: the view lives in the URL, so it can be bookmarked or shared, and reads without JavaScript. */
export function BoardFilters({ filter, owners, clients, categories }: { filter: BoardFilter; owners: Option[]; clients: Option[] | null; categories: Option[] }) {
  return (
    <form role="search" aria-label="Filter the board" action="/board" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <div>
        <label htmlFor="b-q" className="block text-xs font-medium text-slate-600">
          Search
        </label>
        <input id="b-q" name="q" type="search" defaultValue={filter.q} placeholder="SB-0042, title or client" className={filterControl} />
      </div>
      <FilterSelect id="b-owner" label="Owner" name="owner" value={filter.owner} any="Anyone" options={[{ value: "mine", label: "Mine" }, { value: "none", label: "Unassigned" }, ...owners]} />
      <FilterSelect id="b-severity" label="Severity" name="severity" value={filter.severity} any="Any severity" options={words(SEVERITIES)} />
      <details className="group w-full" open={Boolean(filter.clientId || filter.client || filter.category || filter.fault || filter.source)}>
        <summary className="cursor-pointer self-center text-sm text-indigo-700">More filters</summary>
        <div className="flex flex-wrap gap-3">
          <ClientFilter id="b-client" choice={clients} clientId={filter.clientId} client={filter.client} />
          <FilterSelect id="b-category" label="Category" name="category" value={filter.category} any="Any category" options={categories} />
          <FilterSelect id="b-fault" label="Fault" name="fault" value={filter.fault} any="Any fault" options={words(FAULTS)} />
          <FilterSelect id="b-source" label="Source" name="source" value={filter.source} any="Any source" options={words(SOURCES)} />
        </div>
      </details>
      <div className="flex items-center gap-2 pb-1.5">
        <input id="b-breached" name="breached" type="checkbox" value="1" defaultChecked={filter.breached === "1"} className="h-4 w-4" />
        <label htmlFor="b-breached" className="text-sm">Breached only</label>
      </div>
      <div className="flex items-center gap-2 pb-1.5">
        <input id="b-closed" name="closed" type="checkbox" value="1" defaultChecked={filter.closed === "1"} className="h-4 w-4" />
        <label htmlFor="b-closed" className="text-sm">Closed setbacks</label>
      </div>
      <button type="submit" className="rounded-md bg-slate-800 px-4 py-1.5 text-sm font-medium text-white">
        Filter
      </button>
      <Link href="/board" className="pb-1.5 text-sm text-indigo-700 hover:underline">
        Clear
      </Link>
    </form>
  );
}
