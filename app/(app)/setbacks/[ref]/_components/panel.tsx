import type { ReactNode } from "react";

/** A titled section of the setback page; `id` makes it a link target (e.g. #communications). */
export function Panel({ id, title, summary, children }: { id: string; title: string; summary?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-6 rounded-lg border border-slate-200 bg-white p-5">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {title}
        </h2>
        {summary ? <div className="text-sm text-slate-600">{summary}</div> : null}
      </div>
      <div className="space-y-4">{children}</div>
    </section>
  );
}

/** A form tucked away until asked for: keeps the panels short. */
export function Disclosure({ label, children, open }: { label: string; children: ReactNode; open?: boolean }) {
  return (
    <details className="rounded-md border border-slate-200 p-3" open={open}>
      <summary className="cursor-pointer text-sm font-medium text-indigo-700">{label}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
