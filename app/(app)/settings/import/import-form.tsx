"use client";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { importTooLarge } from "@/lib/import/limits";
import { importAction, type ImportState } from "./actions";
import { ClientMatches } from "./client-matches";

const button = "rounded-md px-4 py-2 text-sm font-medium shadow-sm disabled:opacity-50";

export function ImportForm() {
  const [state, action, pending] = useActionState(importAction, {} as ImportState);
  // A file over the limit is named at once, not uploaded first to be refused (the action checks too).
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const r = tooLarge ? undefined : state.report;
  const formError = tooLarge ?? state.formError;
  // Submitted by hand, not through the form's action, so the chosen file stays chosen between
  // "Check" and "Import" (a form action resets the form when it returns).
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    const file = data.get("file");
    const refusal = file instanceof File ? importTooLarge(file.size) : null;
    setTooLarge(refusal);
    if (!refusal) startTransition(() => action(data));
  };
  return (
    <div className="space-y-4">
      <form onSubmit={submit} aria-label="Import setbacks" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium">CSV file</label>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" required className="mt-1 text-sm" />
        </div>
        <button type="submit" name="intent" value="check" disabled={pending} className={`${button} border border-slate-300 bg-white`}>Check (dry run)</button>
        <button type="submit" name="intent" value="import" disabled={pending} className={`${button} bg-indigo-600 text-white`}>Import</button>
        {pending ? <span role="status" className="text-sm text-slate-600">Checking every row…</span> : null}
      </form>
      {formError ? <p role="alert" className="text-sm text-red-700">{formError}</p> : null}
      {r ? (
        <section aria-label="Import report" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <p role="status" className="font-medium">
            {r.errors.length
              ? `${r.errors.length} problem${r.errors.length === 1 ? "" : "s"} in ${r.rows} rows: nothing was imported.`
              : r.dryRun
                ? `All ${r.rows} rows are clean; ${r.rows - r.alreadyImported.length} would be imported.`
                : `Imported ${r.imported} setbacks.`}
            {r.alreadyImported.length ? ` ${r.alreadyImported.length} already imported, skipped.` : ""}
          </p>
          {r.errors.length ? (
            <table className="mt-3 min-w-full text-left" aria-label="Problems">
              <thead className="text-slate-600"><tr><th scope="col" className="pr-4">Line</th><th scope="col" className="pr-4">Column</th><th scope="col">Problem</th></tr></thead>
              <tbody>
                {r.errors.slice(0, 500).map((e, i) => (
                  <tr key={i}><td className="pr-4 tabular-nums">{e.line}</td><td className="pr-4 font-mono text-xs">{e.column}</td><td>{e.message}</td></tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <ClientMatches clients={r.clients} />
        </section>
      ) : null}
    </div>
  );
}
