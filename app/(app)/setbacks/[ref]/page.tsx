import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SeverityBadge, StageBadge } from "@/app/_components/badges";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { nowAsLocalInput, viewerTimeZone } from "@/app/_server/viewer";
import { getDb } from "@/db/client";
import { getOrgSettings } from "@/db/queries/settings";
import { getSetbackByNumber, setbackTimeline } from "@/db/queries/setbacks";
import { centsToInput } from "@/lib/money";
import { formatReference, parseReference } from "@/lib/setbacks/reference";
import { toLocalInputValue } from "@/lib/time/zoned";
import { SetbackFacts } from "../_components/setback-facts";
import { SetbackForm } from "../_components/setback-form";
import { setbackFormOptions } from "../_components/setback-form-options";
import { Timeline } from "../_components/timeline";

type Params = { params: Promise<{ ref: string }> };

async function load(ref: string) {
  const number = parseReference(decodeURIComponent(ref));
  return number ? getSetbackByNumber(getDb(), number) : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const detail = await load((await params).ref);
  return { title: detail ? `${formatReference(detail.setback.number)} ${detail.setback.title}` : "Setback" };
}

export default async function SetbackPage({ params }: Params) {
  await requireActor("read:setback:any");
  const detail = await load((await params).ref);
  if (!detail) notFound();
  const s = detail.setback;
  const db = getDb();
  const [events, options, timeZone, settings] = await Promise.all([
    setbackTimeline(db, s.id),
    setbackFormOptions(s.category),
    viewerTimeZone(),
    getOrgSettings(db),
  ]);
  const local = (ms: number | null) => (ms == null ? "" : toLocalInputValue(ms, timeZone));
  return (
    <>
      <PageHeader
        title={`${formatReference(s.number)} · ${s.title}`}
        subtitle={
          <span className="inline-flex gap-2">
            <StageBadge stage={s.stage} /> <SeverityBadge severity={s.severity} />
          </span>
        }
      />
      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-8">
          <SetbackFacts detail={detail} timeZone={timeZone} currency={settings.currency} />
          <details className="rounded-lg border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-medium text-indigo-700">Edit details</summary>
            <div className="mt-4">
              <SetbackForm
                setbackId={s.id}
                version={s.updatedAt}
                {...options}
                timeZone={timeZone}
                max={nowAsLocalInput(timeZone)}
                initial={{
                  clientId: String(s.clientId),
                  title: s.title,
                  description: s.description,
                  category: s.category,
                  severity: s.severity,
                  fault: s.fault,
                  source: s.source,
                  occurredAt: local(s.occurredAt),
                  discoveredAt: local(s.discoveredAt),
                  impact: s.impact,
                  ownerId: s.ownerId ? String(s.ownerId) : "",
                  estimatedCost: centsToInput(s.estimatedCostCents),
                  clientRequest: s.clientRequest,
                  clientRequestAt: local(s.clientRequestAt),
                  sharedWithClient: s.sharedWithClient,
                }}
              />
            </div>
          </details>
        </div>
        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">Timeline</h2>
          <Timeline events={events} timeZone={timeZone} />
        </section>
      </div>
    </>
  );
}
