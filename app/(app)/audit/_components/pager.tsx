import Link from "next/link";

/**
 * Newer and older pages of a keyset-paged list, as links a crawler and a screen reader know
 * (rel="prev"/"next"), with the page's place in the whole ("Events 51–100 of 473").
 */
export function Pager({ label, first, shown, total, newerHref, olderHref }: { label: string; first: number; shown: number; total: number; newerHref: string | null; olderHref: string | null }) {
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-indigo-700 hover:bg-slate-50";
  return (
    <nav aria-label={`Pages of ${label.toLowerCase()}`} className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-600">{shown ? `${label} ${first}–${first + shown - 1} of ${total}` : `${label}: none here of ${total}`}</p>
      <div className="flex gap-2">
        {newerHref ? <Link href={newerHref} rel="prev" className={link}>← Previous page</Link> : null}
        {olderHref ? <Link href={olderHref} rel="next" className={link}>Next page →</Link> : null}
      </div>
    </nav>
  );
}
