import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { viewerTimeZone } from "@/app/_server/viewer";
import { getDb } from "@/db/client";
import { agendaEntries, type AgendaEntry } from "@/db/queries/agenda";
import { getOrgSettings } from "@/db/queries/settings";
import { userOptions } from "@/db/queries/users";
import { can } from "@/lib/auth/roles";
import { groupAgenda } from "@/lib/setbacks/agenda";
import { formatReference } from "@/lib/setbacks/reference";
import { dayBounds } from "@/lib/time/days";
import { formatDateTime } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "My follow-ups" };

const KIND = { follow_up: "Follow-up", remedy: "Remedy task", preventive_action: "Preventive action" } as const;

function clock() {
  return Date.now();
}

function Group({ title, items, timeZone, empty, tone }: { title: string; items: AgendaEntry[]; timeZone: string; empty: string; tone?: string }) {
  return (
    <section aria-labelledby={`g-${title}`} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`g-${title}`} className={`mb-3 font-semibold ${tone ?? ""}`}>
        {title} <span className="text-sm font-normal text-slate-500">({items.length})</span>
      </h2>
      {items.length === 0 ? <p className="text-sm text-slate-600">{empty}</p> : null}
      <ul className="divide-y divide-slate-100">
        {items.map((i) => {
          const ref = formatReference(i.setbackNumber);
          return (
            <li key={`${i.kind}-${i.id}`} className="py-2 text-sm">
              <p>
                <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{KIND[i.kind]}</span>
                <Link href={`/setbacks/${ref}#${i.kind === "follow_up" ? "follow-ups" : i.kind === "remedy" ? "remedy" : "lesson"}`} className="font-medium text-indigo-700 hover:underline">
                  {i.what}
                </Link>
              </p>
              <p className="text-xs text-slate-600">
                {ref} {i.setbackTitle} · {i.clientName} · due {formatDateTime(i.dueAt, timeZone)} · {i.owner ?? "Unassigned"}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export default async function FollowUpsPage({ searchParams }: { searchParams: Promise<{ user?: string }> }) {
  const actor = await requireActor();
  const mayChoose = can(actor.role, "read:follow-up:any");
  const { user } = await searchParams;
  const ownerId = mayChoose && user === "all" ? null : mayChoose && Number(user) > 0 ? Number(user) : actor.id;
  const db = getDb();
  const [settings, people, timeZone] = await Promise.all([getOrgSettings(db), userOptions(db), viewerTimeZone()]);
  const bounds = dayBounds(clock(), settings.timeZone);
  const entries = await agendaEntries(db, ownerId, bounds.endOfWeek, bounds.startOfTomorrow);
  const agenda = groupAgenda(entries, bounds);
  const whose = ownerId === null ? "the whole team" : ownerId === actor.id ? "you" : (people.find((p) => p.id === ownerId)?.name ?? "them");
  return (
    <>
      <PageHeader title="My follow-ups" subtitle={`What is due for ${whose}: overdue, today (in ${settings.timeZone}) and the next seven days.`} />
      {mayChoose ? (
        <form action="/follow-ups" className="mb-6 flex items-end gap-2">
          <div>
            <label htmlFor="agenda-user" className="block text-xs font-medium text-slate-600">Show</label>
            <select id="agenda-user" name="user" defaultValue={ownerId === null ? "all" : String(ownerId)} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
              <option value="all">The whole team</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>{p.id === actor.id ? `${p.name} (me)` : p.name}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md bg-slate-800 px-3 py-1.5 text-sm text-white">Show</button>
        </form>
      ) : null}
      {entries.length === 0 ? (
        <EmptyState title="Nothing due — good.">No follow-ups, remedy tasks or preventive actions are overdue or due this week.</EmptyState>
      ) : (
        <div className="grid gap-4 lg:grid-cols-3">
          <Group title="Overdue" items={agenda.overdue} timeZone={timeZone} empty="Nothing overdue." tone="text-red-700" />
          <Group title="Due today" items={agenda.today} timeZone={timeZone} empty="Nothing due today." />
          <Group title="Next 7 days" items={agenda.nextWeek} timeZone={timeZone} empty="No follow-ups in the next seven days." />
        </div>
      )}
    </>
  );
}
