import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/app/_components/empty-state";
import { ClientFilter, FilterInput, FilterSelect } from "@/app/_components/filter-controls";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import type { AuditFilter } from "@/db/queries/audit";
import { pageCommunications } from "@/db/queries/audit-communications";
import type { AuditPage } from "@/db/queries/audit-paging";
import { eventNames, pageEvents } from "@/db/queries/audit-events";
import { clientChoice } from "@/db/queries/clients";
import { getOrgSettings } from "@/db/queries/settings";
import { userOptions } from "@/db/queries/users";
import { EVENT_KIND_OPTIONS } from "@/lib/audit/event-labels";
import { can } from "@/lib/auth/roles";
import { formatReference } from "@/lib/setbacks/reference";
import { parseLocalDateTime } from "@/lib/time/zoned";
import { auditInput, periodError } from "@/lib/validation/audit";
import { CommunicationsList } from "./_components/communications-list";
import { EventsTable } from "./_components/events-table";
import { Pager } from "./_components/pager";
import { VerifyChainButton } from "./_verify-button";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const actor = await requireActor("read:audit:any");
  const params = await searchParams;
  const input = auditInput.parse(params);
  const fromError = periodError(input);
  const db = getDb();
  const [settings, clients, people] = await Promise.all([getOrgSettings(db), clientChoice(db), userOptions(db)]);
  const day = (d?: string, next = false) => (d ? parseLocalDateTime(d, settings.timeZone)! + (next ? 86_400_000 : 0) : undefined);
  const filter: AuditFilter = { clientId: input.clientId, client: input.client, setbackNumber: input.setback, actorId: input.actorId, kind: input.kind, from: day(input.from), to: day(input.to, true) };
  // A period that ends before it starts lists nothing rather than a misleading everything.
  const events = input.show === "events" && !fromError ? await pageEvents(db, filter, { before: input.before, after: input.after }) : null;
  const names = events ? await eventNames(db, events.rows) : null;
  const comms = input.show === "communications" && !fromError ? await pageCommunications(db, filter, { before: input.before, after: input.after }) : null;
  const pageHref = (cursor: { before?: number; after?: number }) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (key !== "before" && key !== "after" && typeof value === "string" && value) query.set(key, value);
    for (const [key, value] of Object.entries(cursor)) query.set(key, String(value));
    return `/audit?${query}`;
  };
  // Either list's pages, the search kept in their links.
  const pager = (label: string, p: AuditPage<{ id: number }>) => (
    <Pager label={label} first={p.first} shown={p.rows.length} total={p.total} newerHref={p.hasNewer ? pageHref({ after: p.rows[0].id }) : null} olderHref={p.hasOlder ? pageHref({ before: p.rows.at(-1)!.id }) : null} />
  );
  return (
    <>
      <PageHeader title="Audit trail" subtitle={`Every event and every communication, newest recorded first (the chain's order); where what was recorded happened at another time, both times are shown. Times in ${settings.timeZone}.`} actions={can(actor.role, "verify:audit:any") ? <VerifyChainButton /> : null} />
      <form role="search" aria-label="Search the audit trail" action="/audit" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <FilterSelect id="a-show" label="Show" name="show" value={input.show} options={[{ value: "events", label: "Events" }, { value: "communications", label: "Communications" }]} />
        <ClientFilter id="a-client" choice={clients} clientId={input.clientId} client={input.client} />
        <FilterInput id="a-setback" label="Setback" name="setback" value={input.setback ? formatReference(input.setback) : ""} placeholder="SB-0042" width="w-28" />
        <FilterSelect id="a-actor" label="Author" name="actorId" value={input.actorId} any="Anyone" options={people.map((p) => ({ value: p.id, label: p.name }))} />
        <FilterSelect id="a-kind" label="Kind of event" name="kind" value={input.kind} any="Any kind" options={EVENT_KIND_OPTIONS} />
        <FilterInput id="a-from" label="From" name="from" type="date" value={input.from} error={fromError} />
        <FilterInput id="a-to" label="To" name="to" type="date" value={input.to} />
        <button type="submit" className="rounded-md bg-slate-800 px-4 py-1.5 text-sm font-medium text-white">Search</button>
        <Link href="/audit" className="pb-1.5 text-sm text-indigo-700 hover:underline">Clear</Link>
      </form>
      {fromError ? (
        <EmptyState title="Nothing to show: the period ends before it starts." />
      ) : events && names ? (
        events.rows.length === 0 ? <EmptyState title="No event matches this search." /> : (
          <>
            <EventsTable rows={events.rows} ctx={{ timeZone: settings.timeZone, currency: settings.currency, names }} />
            {pager("Events", events)}
          </>
        )
      ) : comms ? (
        comms.rows.length === 0 ? <EmptyState title="No communication matches this search." /> : (
          <>
            <CommunicationsList rows={comms.rows} timeZone={settings.timeZone} />
            {pager("Communications", comms)}
          </>
        )
      ) : null}
    </>
  );
}
