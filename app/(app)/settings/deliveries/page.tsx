import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/app/_components/action-button";
import { PageHeader } from "@/app/_components/page-header";
import { mailStatus } from "@/app/_server/mail-status";
import { requireActor } from "@/app/_server/session";
import { viewerTimeZone } from "@/app/_server/viewer";
import { getDb } from "@/db/client";
import { DELIVERIES_SHOWN, deliveryCounts, listDeliveries } from "@/db/queries/deliveries";
import { DELIVERY_STATUSES, type DeliveryStatus } from "@/lib/outbox/vocabulary";
import { formatDateTime } from "@/lib/time/zoned";
import { retryDeliveryAction } from "./actions";

export const metadata: Metadata = { title: "Deliveries" };

const STATUS_WORDS: Record<DeliveryStatus, string> = { pending: "Pending", sent: "Sent", failed: "Failed" };

type Props = { searchParams: Promise<{ status?: string }> };

export default async function DeliveriesPage({ searchParams }: Props) {
  await requireActor("manage:settings:any");
  const asked = (await searchParams).status;
  const status = DELIVERY_STATUSES.find((s) => s === asked) ?? null;
  const db = getDb();
  const [counts, rows, timeZone] = [deliveryCounts(db), listDeliveries(db, status), await viewerTimeZone()];
  const mail = mailStatus();
  const when = (ms: number | null) => (ms === null ? "—" : formatDateTime(ms, timeZone));
  return (
    <>
      <PageHeader title="Deliveries" subtitle="Every mail Amends sends goes through its outbox: written with the change that causes it, tried again on failure (1 minute, doubling, up to 6 hours), failed after the 11th attempt." />
      <p role="status" className={`mb-4 rounded-md border px-4 py-3 text-sm ${mail.on ? "border-emerald-200 bg-emerald-50 text-emerald-900" : "border-amber-200 bg-amber-50 text-amber-900"}`}>{mail.words}</p>
      <nav aria-label="Deliveries by status" className="mb-4 flex flex-wrap gap-3 text-sm">
        <Link href="/settings/deliveries" aria-current={status === null ? "page" : undefined} className={status === null ? "font-semibold text-slate-900" : "text-indigo-700 hover:underline"}>
          All ({counts.pending + counts.sent + counts.failed})
        </Link>
        {DELIVERY_STATUSES.map((s) => (
          <Link key={s} href={`/settings/deliveries?status=${s}`} aria-current={status === s ? "page" : undefined} className={status === s ? "font-semibold text-slate-900" : "text-indigo-700 hover:underline"}>
            {STATUS_WORDS[s]} ({counts[s]})
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing here yet.</p>
      ) : (
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
          {/* relative: the header's sr-only text is placed absolutely, and would escape this scrolling box on a phone. */}
          <table className="min-w-full text-sm">
            <caption className="sr-only">Deliveries, newest first</caption>
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Written</th>
                <th scope="col" className="px-3 py-2 font-medium">What</th>
                <th scope="col" className="px-3 py-2 font-medium">To</th>
                <th scope="col" className="px-3 py-2 font-medium">Status</th>
                <th scope="col" className="px-3 py-2 font-medium"><span className="sr-only">Retry</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((d) => (
                <tr key={d.id} className="align-top">
                  <td className="whitespace-nowrap px-3 py-2 text-slate-600">{when(d.createdAt)}</td>
                  <td className="min-w-[14rem] px-3 py-2">
                    <span className="block">{d.subject ?? d.kind}</span>
                    <span className="text-xs text-slate-500">{d.channel} · {d.kind}</span>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2">{d.target}</td>
                  <td className="min-w-[10rem] px-3 py-2">
                    <span className={d.status === "failed" ? "font-semibold text-red-700" : d.status === "sent" ? "text-emerald-800" : "text-slate-800"}>{STATUS_WORDS[d.status]}</span>
                    <span className="block text-xs text-slate-500">
                      {d.status === "sent" ? `at ${when(d.sentAt)}` : d.status === "pending" ? `next try ${when(d.nextAttemptAt)}` : ""}
                      {d.attempts ? ` · ${d.attempts} attempt${d.attempts === 1 ? "" : "s"}` : ""}
                    </span>
                    {d.lastError && d.status !== "sent" ? <span className="block max-w-md text-xs break-words text-red-700">{d.lastError}</span> : null}
                  </td>
                  <td className="px-3 py-2">
                    {d.status === "sent" ? null : <ActionButton action={retryDeliveryAction} hidden={{ id: d.id }} label="Retry" accessibleName={`Retry delivery ${d.id} to ${d.target}`} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length === DELIVERIES_SHOWN ? <p className="mt-2 text-xs text-slate-500">The newest {DELIVERIES_SHOWN} shown.</p> : null}
    </>
  );
}
