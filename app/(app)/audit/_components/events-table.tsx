import Link from "next/link";
import { describeChanges, type ChangeContext } from "@/lib/audit/describe-changes";
import { eventLabel } from "@/lib/audit/event-labels";
import { describeEvent } from "@/lib/audit/events";
import { eventSubject } from "@/lib/audit/subject";
import { formatReference } from "@/lib/setbacks/reference";
import { formatZoned, toIsoInstant } from "@/lib/time/zoned";

export interface AuditEventRow {
  id: number;
  at: number;
  kind: string;
  data: Record<string, unknown>;
  actor: string | null;
  setbackNumber: number | null;
  setbackTitle: string | null;
  clientName: string | null;
}

/**
 * The events as a ledger: what happened to whom ("User deactivated: Tom Okafor"), the sentence
 * a timeline would say when it adds something, and each change before → after, in words.
 */
export function EventsTable({ rows, ctx }: { rows: readonly AuditEventRow[]; ctx: ChangeContext }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label="Events">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr><th scope="col" className="px-3 py-2">#</th><th scope="col" className="px-3 py-2">When</th><th scope="col" className="px-3 py-2">What</th><th scope="col" className="px-3 py-2">Who</th><th scope="col" className="px-3 py-2">Setback</th><th scope="col" className="px-3 py-2">Client</th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((e) => {
            const reference = e.setbackNumber ? formatReference(e.setbackNumber) : null;
            const label = eventLabel(e.kind);
            const subject = eventSubject(e.kind, e.data, { names: ctx.names, clientName: e.clientName, setbackReference: reference, setbackTitle: e.setbackTitle });
            const sentence = e.kind === "setback.updated" ? null : describeEvent(e.kind, e.data);
            const changes = describeChanges(e.data.changes, ctx);
            return (
              <tr key={e.id} className="align-top">
                <td className="px-3 py-1.5"><Link href={`/audit/events/${e.id}`} className="text-indigo-700 hover:underline" aria-label={`Event ${e.id}`}>{e.id}</Link></td>
                <td className="whitespace-nowrap px-3 py-1.5"><time dateTime={toIsoInstant(e.at) ?? undefined}>{formatZoned(e.at, ctx.timeZone)}</time></td>
                <td className="min-w-64 px-3 py-1.5">
                  <Link href={`/audit/events/${e.id}`} className="font-medium hover:underline">{subject ? `${label}: ${subject}` : label}</Link>
                  {sentence && sentence !== label ? <p className="text-slate-600">{sentence}</p> : null}
                  {changes.length ? (
                    <ul className="mt-1 space-y-0.5 text-xs text-slate-700" aria-label={`Changes in event ${e.id}`}>
                      {changes.map((c) => (
                        <li key={c.field}><span className="font-medium">{c.field}</span>: {c.from} → {c.to}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
                <td className="px-3 py-1.5">{e.actor ?? "System"}</td>
                <td className="whitespace-nowrap px-3 py-1.5 font-mono text-xs">{reference ? <Link href={`/setbacks/${reference}`} className="text-indigo-700 hover:underline">{reference}</Link> : ""}</td>
                <td className="px-3 py-1.5">{e.clientName ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
