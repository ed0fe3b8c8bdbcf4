import type { Metadata } from "next";
import { cache } from "react";
import { decodeOrKeep } from "@/lib/url-text";
import { notFound } from "next/navigation";
import { SeverityBadge } from "@/app/_components/badges";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { nowAsLocalInput, viewerTimeZone } from "@/app/_server/viewer";
import { getDb } from "@/db/client";
import { serviceLevelTargetList } from "@/db/queries/board";
import { getSetbackRecords, rootCauseOptions } from "@/db/queries/setback-records";
import { getOrgSettings } from "@/db/queries/settings";
import { getSetbackByNumber, setbackTimeline } from "@/db/queries/setbacks";
import { userOptions } from "@/db/queries/users";
import { deriveMilestones } from "@/lib/setbacks/milestones";
import { setbackTargets } from "@/lib/setbacks/targets";
import { clockSeverity } from "@/lib/setbacks/vocabulary";
import { formatReference, parseReference } from "@/lib/setbacks/reference";
import { SetbackFacts } from "../_components/setback-facts";
import { Timeline } from "../_components/timeline";
import { CommunicationsPanel } from "./_components/communications-panel";
import { draftModeOf } from "./_components/communication-draft";
import { CompensationPanel } from "./_components/compensation-panel";
import { EditSetback } from "./_components/edit-setback";
import { FollowUpPanel } from "./_components/follow-up-panel";
import { LessonPanel } from "./_components/lesson-panel";
import { MoveControls } from "./_components/move-controls";
import type { PanelContext } from "./_components/page-context";
import { RemedyPanel } from "./_components/remedy-panel";
import { SetbackClocks } from "./_components/setback-clocks";
import { StageStepper } from "./_components/stage-stepper";
import { TriagePanel } from "./_components/triage-panel";

type Props = { params: Promise<{ ref: string }>; searchParams: Promise<{ draft?: string; edit?: string; correct?: string; timeline?: string }> };

/** Timeline entries shown until the whole trail is asked for. */
const TIMELINE_LATEST = 50;

/** Read once per request: the page's title (generateMetadata) and its body ask for the same row. */
const load = cache(async (ref: string) => {
  const number = parseReference(decodeOrKeep(ref));
  return number ? getSetbackByNumber(getDb(), number) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const detail = await load((await params).ref);
  return { title: detail ? `${formatReference(detail.setback.number)} ${detail.setback.title}` : "Setback" };
}

function clock() {
  return Date.now();
}

export default async function SetbackPage({ params, searchParams }: Props) {
  const actor = await requireActor("read:setback:any");
  const detail = await load((await params).ref);
  if (!detail) notFound();
  const db = getDb();
  const setback = { ...detail.setback, reference: formatReference(detail.setback.number) };
  const [events, records, owners, rootCauses, timeZone, settings, { draft, edit, correct, timeline }, serviceLevels] = await Promise.all([
    setbackTimeline(db, setback.id),
    getSetbackRecords(db, setback),
    userOptions(db),
    rootCauseOptions(db),
    viewerTimeZone(),
    getOrgSettings(db),
    searchParams,
    serviceLevelTargetList(db),
  ]);
  const ctx: PanelContext = {
    setback,
    records,
    actor,
    owners: owners.map((u) => ({ value: u.id, label: u.name })),
    timeZone,
    nowLocal: nowAsLocalInput(timeZone),
    now: clock(),
    clientName: detail.clientName,
    currency: settings.currency,
    approvalThresholdCents: settings.approvalThresholdCents,
  };
  const serviceLevel = serviceLevels.find((t) => t.severity === clockSeverity(setback.severity));
  const targets = serviceLevel ? setbackTargets(setback, serviceLevel, ctx.now) : null;
  const milestones = deriveMilestones({
    communications: records.communications,
    remedyTasks: records.remedyTasks,
    followUps: records.followUps,
    moves: events.filter((e) => e.kind === "setback.moved").map((e) => ({ at: e.at, to: String(e.data.to) })),
    stage: setback.stage,
  });
  return (
    <>
      <PageHeader title={`${setback.reference} · ${setback.title}`} subtitle={<SeverityBadge severity={setback.severity} />} />
      <div className="mb-6 space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <StageStepper stage={setback.stage} closedAsMinor={setback.closedAsMinor} />
        {targets ? <SetbackClocks targets={targets} timeZone={timeZone} /> : null}
        <MoveControls {...ctx} />
      </div>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0 space-y-6">
          <TriagePanel {...ctx} />
          <SetbackFacts detail={detail} timeZone={timeZone} currency={settings.currency} milestones={milestones} />
          <EditSetback setback={setback} timeZone={timeZone} open={edit === "1"} />
          <CommunicationsPanel {...ctx} draftMode={draftModeOf(draft)} correcting={Number(correct) || null} />
          <RemedyPanel {...ctx} />
          <CompensationPanel {...ctx} />
          <FollowUpPanel {...ctx} />
          <LessonPanel {...ctx} rootCauses={rootCauses} />
        </div>
        <section aria-labelledby="timeline-heading" className="min-w-0">
          <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">Timeline</h2>
          <Timeline events={events} communications={records.communications} timeZone={timeZone} currency={settings.currency} latest={timeline === "all" ? undefined : TIMELINE_LATEST} showAllHref="?timeline=all#timeline-heading" />
        </section>
      </div>
    </>
  );
}
