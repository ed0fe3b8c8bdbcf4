import { getDb } from "@/db/client";
import { eventNames } from "@/db/queries/audit-events";
import { describeChanges, type ChangeContext } from "@/lib/audit/describe-changes";
import { describeEvent, eventDetail } from "@/lib/audit/events";
import { labelOf } from "@/lib/setbacks/vocabulary";
import { formatDateTime, toIsoInstant } from "@/lib/time/zoned";

interface TimelineEvent {
  id: number;
  at: number;
  kind: string;
  actor: string | null;
  data: Record<string, unknown>;
}

interface TimelineCommunication {
  id: number;
  occurredAt: number;
  direction: string;
  channel: string;
  summary: string;
  author: string | null;
  contact: string | null;
  correctedById: number | null;
}

type Item = { key: string; at: number; title: string; who: string; details: string[]; muted?: boolean };

/** Edits list what they changed, in words; a status change is already the entry's title. */
function fromEvent(e: TimelineEvent, ctx: ChangeContext): Item {
  const listsChanges = e.kind.endsWith(".updated") && e.kind !== "remedy.updated" && e.kind !== "compensation.updated";
  const changes = listsChanges ? describeChanges(e.data.changes, ctx) : [];
  const details = changes.map((c) => `${c.field}: ${c.from} → ${c.to}`);
  const detail = eventDetail(e.data);
  // An edit is titled by the changes a person can see, not by every key it recorded.
  const title = e.kind === "setback.updated" ? (changes.length ? `Edited ${changes.map((c) => c.field.toLowerCase()).join(", ")}` : "Edited") : describeEvent(e.kind, e.data);
  return { key: `e${e.id}`, at: e.at, title, who: e.actor ?? "System", details: detail ? [...details, detail] : details };
}

function fromCommunication(c: TimelineCommunication): Item {
  const way = c.direction === "outbound" ? `to ${c.contact ?? "the client"}` : `from ${c.contact ?? "the client"}`;
  return {
    key: `c${c.id}`,
    at: c.occurredAt,
    title: `${labelOf(c.channel)} ${way}: ${c.summary}`,
    // A message the client sent through their link has no author on the team: say how it came.
    who: c.author ?? (c.channel === "web_form" && c.direction === "inbound" ? "Via the client link" : "—"),
    details: c.correctedById ? ["Corrected by a later entry"] : [],
    muted: Boolean(c.correctedById),
  };
}

/**
 * What happened to the setback, oldest first: its events and its communications merged in time
 * order (a communication at the time it took place, which may be before it was logged).
 */
export async function Timeline({
  events,
  communications = [],
  timeZone,
  currency = "EUR",
  latest,
  showAllHref,
}: {
  events: TimelineEvent[];
  communications?: TimelineCommunication[];
  timeZone: string;
  /** The organisation's currency, for amounts in recorded changes. */
  currency?: string;
  /** Show only the latest this many entries, with a link to them all: a long trail stays quick to open. */
  latest?: number;
  showAllHref?: string;
}) {
  const ctx: ChangeContext = { timeZone, currency, names: await eventNames(getDb(), events) };
  const all = [
    ...events.filter((e) => e.kind !== "communication.logged" || communications.length === 0).map((e) => fromEvent(e, ctx)),
    ...communications.map(fromCommunication),
  ].sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
  if (all.length === 0) return <p className="text-sm text-slate-600">Nothing recorded yet.</p>;
  const items = latest !== undefined && all.length > latest ? all.slice(-latest) : all;
  return (
    <>
    {items.length < all.length ? (
      <p className="mb-3 text-sm text-slate-600">
        The latest {items.length} of {all.length} entries. {showAllHref ? <a href={showAllHref} className="text-indigo-700 underline">Show all {all.length}</a> : null}
      </p>
    ) : null}
    <ol className="relative space-y-4 border-l border-slate-200 pl-5">
      {items.map((item) => (
        <li key={item.key} className="relative">
          <span className={`absolute -left-[26px] top-1.5 h-3 w-3 rounded-full border-2 border-white ${item.key.startsWith("c") ? "bg-emerald-500" : "bg-indigo-500"}`} aria-hidden />
          <p className={`text-sm font-medium ${item.muted ? "text-slate-500 line-through" : "text-slate-900"}`}>{item.title}</p>
          <p className="text-xs text-slate-500">
            <time dateTime={toIsoInstant(item.at) ?? undefined}>{formatDateTime(item.at, timeZone)}</time> · {item.who}
          </p>
          {item.details.length ? (
            <ul className="mt-1 text-xs text-slate-600">
              {item.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
    </>
  );
}
