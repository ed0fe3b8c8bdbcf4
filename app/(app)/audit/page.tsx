import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/app/_components/empty-state";
import { ClientFilter, FilterInput, FilterSelect } from "@/app/_components/filter-controls";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { AUDIT_LIMIT, searchCommunications, searchEvents, type AuditFilter } from "@/db/queries/audit";
import { clientChoice } from "@/db/queries/clients";
import { getOrgSettings } from "@/db/queries/settings";
import { userOptions } from "@/db/queries/users";
import { describeEvent, EVENT_KINDS } from "@/lib/audit/events";
import { can } from "@/lib/auth/roles";
import { formatReference } from "@/lib/setbacks/reference";
import { labelOf } from "@/lib/setbacks/vocabulary";
import { formatDateTime, parseLocalDateTime } from "@/lib/time/zoned";
import { auditInput } from "@/lib/validation/audit";
import { VerifyChainButton } from "./_verify-button";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const actor = await requireActor("read:audit:any");
  const input = auditInput.parse(await searchParams);
  const db = getDb();
  const [settings, clients, people] = await Promise.all([getOrgSettings(db), clientChoice(db), userOptions(db)]);
  const day = (d?: string, next = false) => (d ? parseLocalDateTime(d, settings.timeZone)! + (next ? 86_400_000 : 0) : undefined);
  const filter: AuditFilter = { clientId: input.clientId, client: input.client, setbackNumber: input.setback, actorId: input.actorId, kind: input.kind, from: day(input.from), to: day(input.to, true) };
  const date = (ms: number) => formatDateTime(ms, settings.timeZone);
  const rows = input.show === "events" ? await searchEvents(db, filter) : [];
  const comms = input.show === "communications" ? await searchCommunications(db, filter) : [];
  return (
    <>
      <PageHeader title="Audit trail" subtitle={`Every event and every communication, newest first (at most ${AUDIT_LIMIT}). Times in ${settings.timeZone}.`} actions={can(actor.role, "verify:audit:any") ? <VerifyChainButton /> : null} />
      <form role="search" aria-label="Search the audit trail" action="/audit" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <FilterSelect id="a-show" label="Show" name="show" value={input.show} options={[{ value: "events", label: "Events" }, { value: "communications", label: "Communications" }]} />
        <ClientFilter id="a-client" choice={clients} clientId={input.clientId} client={input.client} />
        <FilterInput id="a-setback" label="Setback" name="setback" value={input.setback ? formatReference(input.setback) : ""} placeholder="SB-0042" width="w-28" />
        <FilterSelect id="a-actor" label="Author" name="actorId" value={input.actorId} any="Anyone" options={people.map((p) => ({ value: p.id, label: p.name }))} />
        <FilterSelect id="a-kind" label="Kind of event" name="kind" value={input.kind} any="Any kind" options={EVENT_KINDS.map((k) => ({ value: k, label: k }))} />
        <FilterInput id="a-from" label="From" name="from" type="date" value={input.from} />
        <FilterInput id="a-to" label="To" name="to" type="date" value={input.to} />
        <button type="submit" className="rounded-md bg-slate-800 px-4 py-1.5 text-sm font-medium text-white">Search</button>
        <Link href="/audit" className="pb-1.5 text-sm text-indigo-700 hover:underline">Clear</Link>
      </form>
      {input.show === "events" ? (
        rows.length === 0 ? <EmptyState title="No event matches this search." /> : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label="Events">
              <thead className="bg-slate-50 text-left text-slate-600">
                <tr><th scope="col" className="px-3 py-2">#</th><th scope="col" className="px-3 py-2">When</th><th scope="col" className="px-3 py-2">What</th><th scope="col" className="px-3 py-2">Who</th><th scope="col" className="px-3 py-2">Setback</th><th scope="col" className="px-3 py-2">Client</th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((e) => (
                  <tr key={e.id}>
                    <td className="px-3 py-1.5"><Link href={`/audit/events/${e.id}`} className="text-indigo-700 hover:underline">{e.id}</Link></td>
                    <td className="whitespace-nowrap px-3 py-1.5">{date(e.at)}</td>
                    <td className="px-3 py-1.5"><Link href={`/audit/events/${e.id}`} className="hover:underline">{describeEvent(e.kind, e.data)}</Link></td>
                    <td className="px-3 py-1.5">{e.actor ?? "System"}</td>
                    <td className="px-3 py-1.5 font-mono text-xs">{e.setbackNumber ? formatReference(e.setbackNumber) : ""}</td>
                    <td className="px-3 py-1.5">{e.clientName ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : comms.length === 0 ? <EmptyState title="No communication matches this search." /> : (
        <ul className="space-y-2" aria-label="Communications">
          {comms.map((c) => (
            <li key={c.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
              <p className="text-xs text-slate-500">{date(c.occurredAt)} · {labelOf(c.direction)} · {labelOf(c.channel)} · {c.contact ?? "no named contact"} · by {c.author ?? "—"} · {formatReference(c.setbackNumber)} · {c.clientName}</p>
              <p className="font-medium">{c.summary}</p>
              {c.promise ? <p>Promised: {c.promise}{c.promiseDueAt ? ` (by ${date(c.promiseDueAt)})` : ""}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
