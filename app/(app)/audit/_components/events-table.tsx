import Link from "next/link";
import { describeChanges, type ChangeContext } from "@/lib/audit/describe-changes";
import { eventLabel } from "@/lib/audit/event-labels";
import { describeEvent } from "@/lib/audit/events";
import { eventSubject } from "@/lib/audit/subject";
import { formatReference } from "@/lib/setbacks/reference";
import { labelOf } from "@/lib/setbacks/vocabulary";
import type { EventWhen } from "@/lib/audit/event-times";
import { WhenText } from "./when-cell";

export interface AuditEventRow {
  id: number;
  at: number;
  kind: string;
  data: Record<string, unknown>;
  actor: string | null;
  setbackNumber: number | null;
  setbackTitle: string | null;
  /** The title the setback had when the event was recorded. */
  setbackTitleThen: string | null;
  when: EventWhen;
  clientName: string | null;
}

/**
 * The events as a ledger: what happened to whom ("User deactivated: Tom Okafor"), the sentence
 * a timeline would say when it adds something, and each change before → after, in words.
 */
export function EventsTable({ rows, ctx }: { rows: readonly AuditEventRow[]; ctx: ChangeContext }) {
  return (
    // On a phone each event is a card (the rows wrap), so "What" is read without scrolling sideways;
    // the explicit roles keep it a table for assistive technology whatever its display.
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table role="table" className="block min-w-full text-sm sm:table" aria-label="Events">
        <thead role="rowgroup" className="hidden bg-slate-50 text-left text-slate-600 sm:table-header-group">
          <tr role="row"><th scope="col" className="px-3 py-2">#</th><th scope="col" className="px-3 py-2">Recorded</th><th scope="col" className="px-3 py-2">What</th><th scope="col" className="px-3 py-2">Who</th><th scope="col" className="px-3 py-2">Setback</th><th scope="col" className="px-3 py-2">Client</th></tr>
        </thead>
        <tbody role="rowgroup" className="block divide-y divide-slate-100 sm:table-row-group">
          {rows.map((e) => {
            const reference = e.setbackNumber ? formatReference(e.setbackNumber) : null;
            const label = eventLabel(e.kind);
            const subject = eventSubject(e.kind, e.data, { names: ctx.names, clientName: e.clientName, setbackReference: reference, setbackTitle: e.setbackTitle, setbackTitleThen: e.setbackTitleThen });
            const sentence = e.kind === "setback.updated" ? null : describeEvent(e.kind, e.data);
            // The sentence only where it says more than the label ("Moved from Discovered to Notified").
            const restated = [label, labelOf(e.kind.replace(".", " ").replace(/_/g, " ")), `Reported ${reference}`].map((t) => t.toLowerCase());
            const adds = sentence !== null && !restated.includes(sentence.toLowerCase());
            const changes = describeChanges(e.data.changes, ctx);
            return (
              <tr key={e.id} role="row" className="flex flex-wrap items-baseline gap-x-3 px-3 py-2 align-top sm:table-row sm:p-0">
                <td role="cell" className="sm:px-3 sm:py-1.5"><Link href={`/audit/events/${e.id}`} className="text-indigo-700 hover:underline" aria-label={`Event ${e.id}`}>{e.id}</Link></td>
                <td role="cell" className={`text-slate-600 sm:px-3 sm:py-1.5 sm:text-inherit ${e.when.kind === "recorded" ? "whitespace-nowrap" : "sm:min-w-48"}`}><WhenText when={e.when} timeZone={ctx.timeZone} /></td>
                <td role="cell" className="w-full sm:w-auto sm:min-w-64 sm:px-3 sm:py-1.5">
                  <Link href={`/audit/events/${e.id}`} className="font-medium hover:underline">{subject ? `${label}: ${subject}` : label}</Link>
                  {adds ? <p className="text-slate-600">{sentence}</p> : null}
                  {changes.length ? (
                    <ul className="mt-1 space-y-0.5 text-xs text-slate-700" aria-label={`Changes in event ${e.id}`}>
                      {changes.map((c) => (
                        <li key={c.field}><span className="font-medium">{c.field}</span>: {c.from} → {c.to}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
                <td role="cell" className="text-slate-600 sm:px-3 sm:py-1.5 sm:text-inherit">{e.actor ?? "System"}</td>
                <td role="cell" className="whitespace-nowrap font-mono text-xs sm:px-3 sm:py-1.5">{reference ? <Link href={`/setbacks/${reference}`} className="text-indigo-700 hover:underline">{reference}</Link> : ""}</td>
                <td role="cell" className="text-slate-600 sm:px-3 sm:py-1.5 sm:text-inherit">{e.clientName ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
