import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { getEvent } from "@/db/queries/audit";
import { getOrgSettings } from "@/db/queries/settings";
import { describeEvent, fieldName, type Changes } from "@/lib/audit/events";
import { formatReference } from "@/lib/setbacks/reference";
import { formatDateTime } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "Event" };

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "(empty)" : typeof v === "object" ? JSON.stringify(v) : String(v));

/** One event exactly as recorded: what changed (before → after), its data and its place in the chain. */
export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  await requireActor("read:audit:any");
  const id = Number((await params).id);
  const db = getDb();
  const found = Number.isInteger(id) && id > 0 ? await getEvent(db, id) : null;
  if (!found) notFound();
  const { timeZone } = await getOrgSettings(db);
  const { event, data } = found;
  const changes = data.changes as Changes | undefined;
  const { changes: _c, ...rest } = data;
  return (
    <>
      <PageHeader title={`Event ${event.id}: ${describeEvent(event.kind, data)}`} subtitle={<Link href="/audit" className="text-indigo-700 hover:underline">← Audit trail</Link>} />
      <dl className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-3">
        <div><dt className="text-slate-500">Kind</dt><dd className="font-mono">{event.kind}</dd></div>
        <div><dt className="text-slate-500">When</dt><dd>{formatDateTime(event.occurredAt, timeZone)}</dd></div>
        <div><dt className="text-slate-500">Who</dt><dd>{found.actor ?? "System"}</dd></div>
        <div><dt className="text-slate-500">Setback</dt><dd>{found.setbackNumber ? <Link href={`/setbacks/${formatReference(found.setbackNumber)}`} className="text-indigo-700">{formatReference(found.setbackNumber)}</Link> : "—"}</dd></div>
        <div><dt className="text-slate-500">Client</dt><dd>{found.clientName ?? "—"}</dd></div>
        <div className="sm:col-span-3"><dt className="text-slate-500">Hash (previous → this)</dt><dd className="break-all font-mono text-xs">{event.prevHash} → {event.hash}</dd></div>
      </dl>
      {changes ? (
        <table className="mb-6 min-w-full rounded-lg border border-slate-200 bg-white text-sm" aria-label="What changed">
          <thead className="text-left text-slate-600"><tr><th scope="col" className="px-3 py-2">Field</th><th scope="col" className="px-3 py-2">Before</th><th scope="col" className="px-3 py-2">After</th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {Object.entries(changes).map(([field, c]) => (
              <tr key={field}><th scope="row" className="px-3 py-1.5 text-left font-medium">{fieldName(field)}</th><td className="px-3 py-1.5">{show(c.from)}</td><td className="px-3 py-1.5">{show(c.to)}</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h2 className="mb-2 font-semibold">Recorded data</h2>
      <pre className="overflow-x-auto rounded-lg bg-slate-900 p-4 text-xs text-slate-100">{JSON.stringify(rest, null, 2)}</pre>
    </>
  );
}
