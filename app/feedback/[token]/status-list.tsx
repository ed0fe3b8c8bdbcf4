import type { StatusEntry } from "@/db/queries/feedback";
import { PLAIN_STAGE } from "@/lib/setbacks/plain-words";
import { promisedByText } from "@/lib/setbacks/promise-text";
import { formatReference } from "@/lib/setbacks/reference";
import { formatInstant, formatZoned } from "@/lib/time/zoned";

const DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };

/**
 * The client's view of what we are doing for them: only what sharedStatus lets through (the title
 * meant for them, the stage in plain words, the update marked shown to them, the promise).
 */
export function StatusList({ entries, timeZone }: { entries: StatusEntry[]; timeZone: string }) {
  // Every time with its zone named ("3 Dec 2026, 14:05 GMT"): the client may be anywhere.
  const when = (ms: number) => formatZoned(ms, timeZone);
  // A promise made for a day reads as the day, never its last minute (decision 012).
  const promised = (s: StatusEntry) => (s.nextUpdateBy === null ? "" : promisedByText({ dueAt: s.nextUpdateBy, dueDay: s.nextUpdateDay }, timeZone, formatZoned));
  return (
    <section aria-labelledby="status-heading" className="mt-10">
      <h2 id="status-heading" className="text-lg font-semibold">What we are working on for you</h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Nothing at the moment. Anything you tell us above will appear here with its reference.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {entries.map((s) => (
            <li key={s.number} aria-labelledby={`status-${s.number}`} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                <span className="font-mono">{formatReference(s.number)}</span>
                {s.ownReport ? <span className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-700">Reported by you</span> : null}
              </p>
              <h3 id={`status-${s.number}`} className="mt-1 font-medium [overflow-wrap:anywhere]">{s.title}</h3>
              <p className={`mt-1 text-sm ${s.resolvedAt ? "text-emerald-800" : "text-indigo-800"}`}>
                {s.resolvedAt ? `Resolved on ${formatInstant(s.resolvedAt, timeZone, DAY)}` : PLAIN_STAGE[s.stage]}
              </p>
              <p className="mt-2 text-sm text-slate-700 [overflow-wrap:anywhere]">
                {s.lastUpdate ? (
                  <>
                    <span className="font-medium">Last update, {when(s.lastUpdate.at)}:</span> {s.lastUpdate.summary}
                  </>
                ) : (
                  "Last update: none yet"
                )}
              </p>
              {s.resolvedAt ? null : s.late && s.nextUpdateBy !== null ? (
                <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                  Your update is late; we have been reminded. We promised it by {promised(s)}.
                </p>
              ) : (
                <p className="mt-1 text-xs text-slate-600">Next update by: {s.nextUpdateBy !== null ? promised(s) : "we will let you know"}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
