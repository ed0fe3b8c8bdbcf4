import Link from "next/link";
import type { Option } from "@/app/_components/field";
import { ClientFilter } from "@/app/_components/filter-controls";
import { labelOf, SEVERITIES, STAGES } from "@/lib/setbacks/vocabulary";
import type { SetbackListFilter } from "@/lib/validation/setback";

const select = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** A plain GET form: the filters live in the URL, so a view can be shared or bookmarked. */
export function SetbackFilters({ filter, clients }: { filter: SetbackListFilter; clients: Option[] | null }) {
  return (
    <form role="search" aria-label="Filter setbacks" action="/setbacks" className="mb-4 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="f-q" className="block text-xs font-medium text-slate-600">Search</label>
        <input id="f-q" name="q" type="search" defaultValue={filter.q} placeholder="Title or SB-0042" className={select} />
      </div>
      <div>
        <label htmlFor="f-stage" className="block text-xs font-medium text-slate-600">Stage</label>
        <select id="f-stage" name="stage" defaultValue={filter.stage ?? ""} className={select}>
          <option value="">Any stage</option>
          {STAGES.map((s) => <option key={s} value={s}>{labelOf(s)}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="f-severity" className="block text-xs font-medium text-slate-600">Severity</label>
        <select id="f-severity" name="severity" defaultValue={filter.severity ?? ""} className={select}>
          <option value="">Any severity</option>
          {SEVERITIES.map((s) => <option key={s} value={s}>{labelOf(s)}</option>)}
        </select>
      </div>
      <ClientFilter id="f-client" choice={clients} clientId={filter.clientId} client={filter.client} />
      <button type="submit" className="rounded-md bg-slate-800 px-4 py-2 text-sm font-medium text-white">Filter</button>
      <Link href="/setbacks" className="py-2 text-sm text-indigo-700 hover:underline">Clear</Link>
    </form>
  );
}
