import Link from "next/link";
import type { EventWhen } from "@/lib/audit/event-times";
import { formatReference } from "@/lib/setbacks/reference";
import { labelOf } from "@/lib/setbacks/vocabulary";
import { formatZoned } from "@/lib/time/zoned";
import { WhenText } from "./when-cell";

export interface AuditCommunicationRow {
  id: number;
  setbackNumber: number;
  clientName: string;
  direction: string;
  channel: string;
  contact: string | null;
  author: string | null;
  summary: string;
  promise: string | null;
  promiseDueAt: number | null;
  when: EventWhen;
}

/** The communications of an audit search, newest recorded first, each with when it was said. */
export function CommunicationsList({ rows, timeZone }: { rows: readonly AuditCommunicationRow[]; timeZone: string }) {
  return (
    <ul className="space-y-2" aria-label="Communications">
      {rows.map((c) => (
        <li key={c.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
          <p className="text-xs text-slate-500">
            <WhenText when={c.when} timeZone={timeZone} /> · {labelOf(c.direction)} · {labelOf(c.channel)} · {c.contact ?? "no named contact"} · by {c.author ?? "—"} ·{" "}
            <Link href={`/setbacks/${formatReference(c.setbackNumber)}`} className="text-indigo-700 underline">{formatReference(c.setbackNumber)}</Link> · {c.clientName}
          </p>
          <p className="font-medium">{c.summary}</p>
          {c.promise ? <p>Promised: {c.promise}{c.promiseDueAt ? ` (by ${formatZoned(c.promiseDueAt, timeZone)})` : ""}</p> : null}
        </li>
      ))}
    </ul>
  );
}
