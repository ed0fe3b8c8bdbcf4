import Link from "next/link";
import { RecordForm } from "@/app/_components/record-form";
import type { NoticeRow } from "@/db/queries/notices";
import { formatDateTime } from "@/lib/time/zoned";
import { markAllNoticesReadAction } from "../../settings/notifications/actions";

/** What Amends told this person (the bell counts the unread ones), newest first. */
export function NoticeList({ notices, unread, timeZone }: { notices: readonly NoticeRow[]; unread: number; timeZone: string }) {
  return (
    <section id="notices" aria-labelledby="notices-heading" className="scroll-mt-6 rounded-lg border border-slate-200 bg-white p-4">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="notices-heading" className="text-base font-semibold">
          Notices {unread ? <span className="text-sm font-normal text-slate-600">({unread} unread)</span> : null}
        </h2>
        <Link href="/settings/notifications" className="text-sm text-indigo-700 hover:underline">
          Notification settings
        </Link>
      </div>
      {notices.length === 0 ? (
        <p className="text-sm text-slate-600">No notices yet. Amends tells you here (and by mail, when it is on) when a clock of yours is about to run out.</p>
      ) : (
        <>
          <ul className="divide-y divide-slate-100">
            {notices.map((n) => (
              <li key={n.id} className="py-2 text-sm">
                <a href={`/notices/${n.id}`} className={`block hover:underline ${n.readAt ? "text-slate-700" : "font-semibold text-indigo-800"}`}>
                  {n.readAt ? null : <span className="sr-only">Unread: </span>}
                  {n.title}
                </a>
                <span className="text-xs text-slate-500">{formatDateTime(n.createdAt, timeZone)}</span>
              </li>
            ))}
          </ul>
          {unread ? (
            <div className="mt-3">
              <RecordForm action={markAllNoticesReadAction} idPrefix="notices" label="Mark all notices read" submitLabel="Mark all read" variant="secondary" fields={[]} />
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
