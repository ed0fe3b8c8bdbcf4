import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { getEvent } from "@/db/queries/audit";
import { eventNames, previousTimes } from "@/db/queries/audit-events";
import { titlesThen } from "@/db/queries/audit-titles";
import { getOrgSettings } from "@/db/queries/settings";
import { describeChanges } from "@/lib/audit/describe-changes";
import { eventLabel } from "@/lib/audit/event-labels";
import { eventWhens } from "@/lib/audit/event-times";
import { describeEvent } from "@/lib/audit/events";
import { eventSubject } from "@/lib/audit/subject";
import { formatReference } from "@/lib/setbacks/reference";
import { WhenText } from "../../_components/when-cell";

export const metadata: Metadata = { title: "Event" };

/** One event exactly as recorded: what changed (before → after), its data and its place in the chain. */
export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  await requireActor("read:audit:any");
  const id = Number((await params).id);
  const db = getDb();
  const found = Number.isInteger(id) && id > 0 ? await getEvent(db, id) : null;
  if (!found) notFound();
  const { timeZone, currency } = await getOrgSettings(db);
  const { event, data } = found;
  const names = await eventNames(db, [found]);
  const reference = found.setbackNumber ? formatReference(found.setbackNumber) : null;
  const then = await titlesThen(db, [{ id: event.id, setbackId: event.setbackId, setbackTitle: found.setbackTitle }]);
  const subject = eventSubject(event.kind, data, { names, clientName: found.clientName, setbackReference: reference, setbackTitle: found.setbackTitle, setbackTitleThen: then.get(event.id) });
  const when = eventWhens([{ id: event.id, at: event.occurredAt, kind: event.kind, data }], previousTimes(db, [event.id])).get(event.id)!;
  const changes = describeChanges(data.changes, { timeZone, currency, names });
  return (
    <>
      <PageHeader title={`Event ${event.id}: ${eventLabel(event.kind)}${subject ? `: ${subject}` : ""}`} subtitle={<Link href="/audit" className="text-indigo-700 hover:underline">← Audit trail</Link>} />
      <dl className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-3">
        <div><dt className="text-slate-500">Kind</dt><dd>{describeEvent(event.kind, data)} <span className="font-mono text-xs text-slate-500">({event.kind})</span></dd></div>
        <div><dt className="text-slate-500">{when.kind === "recorded" ? "Recorded" : "When"}</dt><dd><WhenText when={when} timeZone={timeZone} /></dd></div>
        <div><dt className="text-slate-500">Who</dt><dd>{found.actor ?? "System"}</dd></div>
        <div><dt className="text-slate-500">Setback</dt><dd>{found.setbackNumber ? <Link href={`/setbacks/${formatReference(found.setbackNumber)}`} className="text-indigo-700">{formatReference(found.setbackNumber)}</Link> : "—"}</dd></div>
        <div><dt className="text-slate-500">Client</dt><dd>{found.clientName ?? "—"}</dd></div>
        <div className="sm:col-span-3"><dt className="text-slate-500">Hash (previous → this)</dt><dd className="break-all font-mono text-xs">{event.prevHash} → {event.hash}</dd></div>
      </dl>
      {changes.length ? (
        <table className="mb-6 min-w-full rounded-lg border border-slate-200 bg-white text-sm" aria-label="What changed">
          <thead className="text-left text-slate-600"><tr><th scope="col" className="px-3 py-2">Field</th><th scope="col" className="px-3 py-2">Before</th><th scope="col" className="px-3 py-2">After</th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {changes.map((c) => (
              <tr key={c.field}><th scope="row" className="px-3 py-1.5 text-left font-medium">{c.field}</th><td className="px-3 py-1.5">{c.from}</td><td className="px-3 py-1.5">{c.to}</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h2 className="mb-2 font-semibold">Recorded data, exactly as stored</h2>
      <pre className="overflow-x-auto rounded-lg bg-slate-900 p-4 text-xs text-slate-100">{JSON.stringify(data, null, 2)}</pre>
    </>
  );
}
