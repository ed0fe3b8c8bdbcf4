import Link from "next/link";
import type { SetbackDetail } from "@/db/queries/setbacks";
import { formatMoney } from "@/lib/money";
import { labelOf } from "@/lib/setbacks/vocabulary";
import type { Milestones } from "@/lib/setbacks/milestones";
import { formatDateTime, formatGap } from "@/lib/time/zoned";

interface Props {
  detail: SetbackDetail;
  timeZone: string;
  currency: string;
  milestones: Milestones;
}

export function SetbackFacts({ detail, timeZone, currency, milestones }: Props) {
  const s = detail.setback;
  const facts: [string, React.ReactNode][] = [
    ["Client", <Link key="c" href={`/clients/${s.clientId}`} className="text-indigo-700 hover:underline">{detail.clientName}</Link>],
    ["Category", detail.categoryLabel],
    ["Fault", labelOf(s.fault)],
    ["Source", s.source === "client" ? "The client told us" : "We found it"],
    ["Owner", detail.owner ?? "Unassigned"],
    // A client's report that did not say when holds the time it was sent, marked unknown (decision 013).
    ["Occurred at", s.occurredAtKnown ? formatDateTime(s.occurredAt, timeZone) : `Not known yet (reported ${formatDateTime(s.occurredAt, timeZone)})`],
    ["Discovered at", s.occurredAtKnown ? withGap(formatDateTime(s.discoveredAt, timeZone), formatGap(s.discoveredAt, s.occurredAt), (gap) => `after ${gap}`) : formatDateTime(s.discoveredAt, timeZone)],
    ["Estimated cost", s.estimatedCostCents == null ? "—" : formatMoney(s.estimatedCostCents, currency)],
    ["Shared with the client", s.sharedWithClient ? "Yes" : "No"],
    ["Reported by", detail.reporter ?? (s.reportedViaLinkId !== null ? "The client, through their link" : "—")],
  ];
  // What the client's status page calls it, when it is shown there (their own report, or shared).
  if (s.sharedWithClient || s.reportedViaLinkId !== null) facts.push(["Title for the client", s.clientTitle ?? (s.reportedViaLinkId !== null ? "None: their page shows the first line they wrote" : "None: their page shows the title")]);
  const since = (at: number | null) => (at === null ? "not yet" : withGap(formatDateTime(at, timeZone), formatGap(at, s.discoveredAt), (gap) => `${gap} after discovery`));
  facts.push(["Client notified", since(milestones.notifiedAt)], ["Remedied", since(milestones.remediedAt)], ["First follow-up done", since(milestones.followedUpAt)]);
  if (milestones.closedAt !== null) facts.push(["Closed", since(milestones.closedAt)]);
  if (s.reopenCount > 0) facts.push(["Reopened", `${s.reopenCount} time${s.reopenCount === 1 ? "" : "s"}`]);
  return (
    <div className="space-y-4">
      {s.description ? <p className="whitespace-pre-line text-slate-800">{s.description}</p> : null}
      <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt className="text-slate-500">{term}</dt>
            <dd className="font-medium text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {s.impact ? (
        <div>
          <h3 className="text-sm font-medium text-slate-500">Impact on the client</h3>
          <p className="whitespace-pre-line text-slate-800">{s.impact}</p>
        </div>
      ) : null}
      {s.clientRequest ? (
        <div>
          <h3 className="text-sm font-medium text-slate-500">
            What the client asked for{s.clientRequestAt ? ` (${formatDateTime(s.clientRequestAt, timeZone)})` : ""}
          </h3>
          <p className="whitespace-pre-line text-slate-800">{s.clientRequest}</p>
        </div>
      ) : null}
    </div>
  );
}

/** "22 Nov 2026, 10:30 (after 3 h)"; the date alone when the gap cannot be told. */
function withGap(date: string, gap: string | null, words: (gap: string) => string): string {
  return gap === null ? date : `${date} (${words(gap)})`;
}
