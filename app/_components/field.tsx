// Labelled form controls with their error beside them; usable from server and client components.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

interface ShellProps {
  id: string;
  label: string;
  error?: string[];
  hint?: string;
  required?: boolean;
  children: ReactNode;
}

const control =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200 aria-[invalid=true]:border-red-500";

function describedBy(id: string, error?: string[], hint?: string) {
  return [error?.length ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
}

function Shell({ id, label, error, hint, required, children }: ShellProps) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? <span className="text-red-600" aria-hidden> *</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

type Common = { label: string; name: string; error?: string[]; hint?: string; id?: string };

/** A date picker offers only the days the server takes (lib/time/window.ts); the server still decides. */
const DATE_BOUNDS: Record<string, { min: string; max: string }> = {
  date: { min: "1970-01-01", max: "2099-12-31" },
  "datetime-local": { min: "1970-01-01T00:00", max: "2099-12-31T23:59" },
};

export function TextField({ label, name, error, hint, id = name, ...rest }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Shell id={id} label={label} error={error} hint={hint} required={rest.required}>
      <input
        id={id}
        name={name}
        className={control}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...rest}
        min={rest.min ?? (rest.type ? DATE_BOUNDS[rest.type]?.min : undefined)}
        max={rest.max ?? (rest.type ? DATE_BOUNDS[rest.type]?.max : undefined)}
      />
    </Shell>
  );
}

export function TextAreaField({ label, name, error, hint, id = name, ...rest }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Shell id={id} label={label} error={error} hint={hint} required={rest.required}>
      <textarea
        id={id}
        name={name}
        rows={4}
        className={control}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...rest}
      />
    </Shell>
  );
}

export interface Option {
  value: string | number;
  label: string;
}

export function SelectField({
  label,
  name,
  error,
  hint,
  id = name,
  options,
  placeholder,
  ...rest
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly Option[]; placeholder?: string }) {
  return (
    <Shell id={id} label={label} error={error} hint={hint} required={rest.required}>
      <select
        id={id}
        name={name}
        className={control}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

export function CheckboxField({ label, name, error, hint, id = name, ...rest }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div>
      <div className="flex items-center gap-2">
        <input id={id} name={name} type="checkbox" className="h-4 w-4 rounded border-slate-300" aria-describedby={describedBy(id, error, hint)} {...rest} />
        <label htmlFor={id} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">{hint}</p> : null}
      {error?.length ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{error.join(" ")}</p> : null}
    </div>
  );
}
