import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { AUDIT_LIMIT, searchCommunications, searchEvents, type AuditFilter } from "@/db/queries/audit";
import { clientOptions } from "@/db/queries/clients";
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

const control = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const actor = await requireActor("read:audit:any");
  const input = auditInput.parse(await searchParams);
  const db = getDb();
  const [settings, clients, people] = await Promise.all([getOrgSettings(db), clientOptions(db), userOptions(db)]);
  const day = (d?: string, next = false) => (d ? parseLocalDateTime(d, settings.timeZone)! + (next ? 86_400_000 : 0) : undefined);
  const filter: AuditFilter = { clientId: input.clientId, setbackNumber: input.setback, actorId: input.actorId, kind: input.kind, from: day(input.from), to: day(input.to, true) };
  const date = (ms: number) => formatDateTime(ms, settings.timeZone);
  const rows = input.show === "events" ? await searchEvents(db, filter) : [];
  const comms = input.show === "communications" ? await searchCommunications(db, filter) : [];
  return (
    <>
      <PageHeader title="Audit trail" subtitle={`Every event and every communication, newest first (at most ${AUDIT_LIMIT}). Times in ${settings.timeZone}.`} actions={can(actor.role, "verify:audit:any") ? <VerifyChainButton /> : null} />
      <form role="search" aria-label="Search the audit trail" action="/audit" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <div>
          <label htmlFor="a-show" className="block text-xs font-medium text-slate-600">Show</label>
          <select id="a-show" name="show" defaultValue={input.show} className={control}>
            <option value="events">Events</option>
            <option value="communications">Communications</option>
          </select>
        </div>
        <div>
          <label htmlFor="a-client" className="block text-xs font-medium text-slate-600">Client</label>
          <select id="a-client" name="clientId" defaultValue={input.clientId ?? ""} className={control}>
            <option value="">Any client</option>
            {clients.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="a-setback" className="block text-xs font-medium text-slate-600">Setback</label>
          <input id="a-setback" name="setback" defaultValue={input.setback ? formatReference(input.setback) : ""} placeholder="SB-0042" className={`${control} w-28`} />
        </div>
        <div>
          <label htmlFor="a-actor" className="block text-xs font-medium text-slate-600">Author</label>
          <select id="a-actor" name="actorId" defaultValue={input.actorId ?? ""} className={control}>
            <option value="">Anyone</option>
            {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="a-kind" className="block text-xs font-medium text-slate-600">Kind of event</label>
          <select id="a-kind" name="kind" defaultValue={input.kind ?? ""} className={control}>
            <option value="">Any kind</option>
            {EVENT_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="a-from" className="block text-xs font-medium text-slate-600">From</label>
          <input id="a-from" name="from" type="date" defaultValue={input.from} className={control} />
        </div>
        <div>
          <label htmlFor="a-to" className="block text-xs font-medium text-slate-600">To</label>
          <input id="a-to" name="to" type="date" defaultValue={input.to} className={control} />
        </div>
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
