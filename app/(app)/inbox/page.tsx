import type { Metadata } from "next";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { viewerTimeZone } from "@/app/_server/viewer";
import { getDb } from "@/db/client";
import { inboxRows, inboxScope } from "@/db/queries/inbox";
import { getOrgSettings } from "@/db/queries/settings";
import { can } from "@/lib/auth/roles";
import { rankInbox } from "@/lib/setbacks/inbox";
import { recentNotices, unreadNotices } from "@/db/queries/notices";
import { InboxGroup } from "./_components/inbox-group";
import { NoticeList } from "./_components/notice-list";

export const metadata: Metadata = { title: "Needs me" };

function clock() {
  return Date.now();
}

/** The zone, said once and as a person would: what "due today" means, and in whose day. */
function DayNote({ viewer, team }: { viewer: string; team: string }) {
  return viewer === team ? (
    <>Times are in {viewer}; due today means by midnight.</>
  ) : (
    <>
      Times are in {viewer}; due today means by midnight {team}, the team’s day.
    </>
  );
}

export default async function InboxPage() {
  const actor = await requireActor();
  const db = getDb();
  const now = clock();
  const [settings, timeZone] = await Promise.all([getOrgSettings(db), viewerTimeZone()]);
  const inbox = rankInbox(inboxRows(db, inboxScope(actor, now, settings.timeZone)), now);
  const manages = can(actor.role, "approve:compensation:any");
  const notices = actor.id === null ? null : <NoticeList notices={recentNotices(db, actor.id)} unread={unreadNotices(db, actor.id)} timeZone={timeZone} />;
  return (
    <>
      <PageHeader
        title="Needs me"
        subtitle={
          <>
            What waits on you, most urgent first: your setbacks whose clock runs out within 2 hours, promised updates due today or missed, your follow-ups, remedy tasks and preventive actions due
            {manages ? ", compensations awaiting your approval, client reports not yet triaged and breaches nobody owns" : ""}. Each leaves by itself once it is done.{" "}
            <DayNote viewer={timeZone} team={settings.timeZone} />
          </>
        }
      />
      {inbox.total === 0 ? (
        <div className="space-y-6">
          <EmptyState title="Nothing waits on you — good.">New entries appear here as clocks run down and promises fall due.</EmptyState>
          <div className="max-w-3xl">{notices}</div>
        </div>
      ) : (
        // Decisions have no date to rank by; beside the dated work on a wide screen they are not
        // pushed below a long overdue list (an approval blocks the client's follow-up).
        <div className="grid gap-4 lg:grid-cols-[2fr_1fr] lg:items-start">
          <div className="min-w-0 space-y-4">
            <InboxGroup id="inbox-overdue" title="Overdue" entries={inbox.overdue} now={now} timeZone={timeZone} tone="text-red-700" />
            <InboxGroup id="inbox-soon" title="Due soon" entries={inbox.dueSoon} now={now} timeZone={timeZone} />
          </div>
          <div className="min-w-0 space-y-4">
            {notices}
            <InboxGroup id="inbox-decisions" title="Waiting for your decision" entries={inbox.decisions} now={now} timeZone={timeZone} />
          </div>
        </div>
      )}
    </>
  );
}
