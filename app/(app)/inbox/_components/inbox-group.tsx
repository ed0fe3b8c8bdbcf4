import Link from "next/link";
import type { InboxEntry } from "@/lib/setbacks/inbox";
import { promisedByText } from "@/lib/setbacks/promise-text";
import { formatDateTime, formatDuration } from "@/lib/time/zoned";

/** A group shows its most urgent entries; a list of hundreds helps nobody. */
const SHOWN = 25;

function When({ e, now, timeZone }: { e: InboxEntry; now: number; timeZone: string }) {
  if (e.dueAt === null) return <>waiting since {formatDateTime(e.since, timeZone)}</>;
  // A promise made for a day reads "due by 3 December 2026", never "23:59" (decision 012).
  const due = e.dueDay ? `by ${promisedByText({ dueAt: e.dueAt, dueDay: e.dueDay }, timeZone)}` : formatDateTime(e.dueAt, timeZone);
  return e.overdue ? (
    <strong className="font-semibold text-red-700">
      {formatDuration(now - e.dueAt)} overdue (due {due})
    </strong>
  ) : (
    <>
      due {due} ({formatDuration(e.dueAt - now)} left)
    </>
  );
}

/** A follow-up's setback target, when it runs out alongside it (lib/setbacks/inbox.ts foldFollowUpClocks). */
function Target({ at, now, timeZone }: { at: number; now: number; timeZone: string }) {
  return at < now ? (
    <strong className="font-semibold text-red-700">
      Follow-up target passed {formatDuration(now - at)} ago ({formatDateTime(at, timeZone)})
    </strong>
  ) : (
    <>
      Follow-up target: {formatDuration(at - now)} left ({formatDateTime(at, timeZone)})
    </>
  );
}

export function InboxGroup({ id, title, entries, now, timeZone, tone }: { id: string; title: string; entries: InboxEntry[]; now: number; timeZone: string; tone?: string }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={id} className={`mb-2 font-semibold ${tone ?? ""}`}>
        {title} <span className="text-sm font-normal text-slate-500">({entries.length})</span>
      </h2>
      <ul className="divide-y divide-slate-100">
        {entries.slice(0, SHOWN).map((e) => (
          <li key={e.key} className="py-2.5 text-sm">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{e.label}</span>
              <Link href={e.href} className="font-medium text-indigo-700 hover:underline">
                {e.reference} {e.setbackTitle}
              </Link>
            </p>
            <p className="mt-0.5 text-slate-700">{e.what}</p>
            <p className="text-xs text-slate-600">
              {e.clientName} · <When e={e} now={now} timeZone={timeZone} />
              {e.targetDueAt !== undefined ? (
                <>
                  {" · "}
                  <Target at={e.targetDueAt} now={now} timeZone={timeZone} />
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
      {entries.length > SHOWN ? <p className="pt-2 text-xs text-slate-600">The {SHOWN} most urgent of {entries.length}.</p> : null}
    </section>
  );
}
