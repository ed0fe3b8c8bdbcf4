// The small labelled controls of GET filter forms (board, setbacks, reports, audit).
import type { Option } from "./field";

export const filterControl = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export function FilterSelect({ id, label, name, value, options, any }: { id: string; label: string; name: string; value?: string | number; options: readonly Option[]; any?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} className={filterControl}>
        {any !== undefined ? <option value="">{any}</option> : null}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

export function FilterInput({ id, label, name, value, type = "text", placeholder, width = "", error }: { id: string; label: string; name: string; value?: string; type?: string; placeholder?: string; width?: string; error?: string | null }) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">{label}</label>
      <input id={id} name={name} type={type} defaultValue={value} placeholder={placeholder} className={`${filterControl} ${width} ${error ? "border-red-600" : ""}`} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      {error ? <p id={`${id}-error`} className="mt-1 text-xs text-red-700">{error}</p> : null}
    </div>
  );
}

/** A list of the clients when it is short, else a box for part of a name (db/queries/clients.ts). */
export function ClientFilter({ id, choice, clientId, client }: { id: string; choice: readonly Option[] | null; clientId?: number; client?: string }) {
  if (choice) return <FilterSelect id={id} label="Client" name="clientId" value={clientId} any="Any client" options={choice} />;
  return <FilterInput id={id} label="Client" name="client" type="search" value={client} placeholder="Part of a name" />;
}

const PERIODS = [
  { value: "30", label: "Last 30 days" },
  { value: "90", label: "Last 90 days" },
  { value: "365", label: "Last 365 days" },
  { value: "quarter", label: "A quarter" },
  { value: "custom", label: "Custom dates" },
];

/** Period, quarter and custom dates, as reports and retrospectives read them (lib/metrics/period.ts). */
export function PeriodFields({ prefix, input }: { prefix: string; input: { period: string; quarter?: string; from?: string; to?: string } }) {
  return (
    <>
      <FilterSelect id={`${prefix}-period`} label="Period" name="period" value={input.period} options={PERIODS} />
      <FilterInput id={`${prefix}-quarter`} label="Quarter" name="quarter" value={input.quarter} placeholder="2026-Q3" width="w-28" />
      <FilterInput id={`${prefix}-from`} label="From" name="from" type="date" value={input.from} />
      <FilterInput id={`${prefix}-to`} label="To" name="to" type="date" value={input.to} />
    </>
  );
}
