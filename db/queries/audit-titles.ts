// The titles the audit page's setbacks had when each shown event was recorded: the renames of
// just those setbacks (setback.updated and setback.triaged events that changed the title), one
// read over the events' setback index, folded by lib/audit/title-then.ts.
import { and, asc, inArray, isNotNull, sql } from "drizzle-orm";
import { titleAt, type TitleChange } from "../../lib/audit/title-then";
import { events } from "../schema";
import type { Conn } from "../client";

export interface TitledEvent {
  id: number;
  setbackId: number | null;
  setbackTitle: string | null;
}

/** Each event's setback title as it was then (by event id); events of no setback are left out. */
export async function titlesThen(conn: Conn, rows: readonly TitledEvent[]): Promise<Map<number, string | null>> {
  const setbackIds = [...new Set(rows.map((r) => r.setbackId).filter((id): id is number => id !== null))];
  const out = new Map<number, string | null>();
  if (setbackIds.length === 0) return out;
  // A stored payload that is not JSON must not break the page: json_valid guards json_extract.
  const from = sql<unknown>`case when json_valid(${events.data}) then json_extract(${events.data}, '$.changes.title.from') end`;
  const renames = conn
    .select({ eventId: events.id, setbackId: events.setbackId, from })
    .from(events)
    .where(and(
      inArray(events.setbackId, setbackIds),
      inArray(events.kind, ["setback.updated", "setback.triaged"]),
      isNotNull(sql`case when json_valid(${events.data}) then json_type(${events.data}, '$.changes.title') end`),
    ))
    .orderBy(asc(events.id))
    .all();
  const bySetback = new Map<number, TitleChange[]>();
  for (const r of renames) if (r.setbackId !== null) bySetback.set(r.setbackId, [...(bySetback.get(r.setbackId) ?? []), { eventId: r.eventId, from: r.from }]);
  for (const r of rows) if (r.setbackId !== null) out.set(r.id, titleAt(r.id, bySetback.get(r.setbackId) ?? [], r.setbackTitle));
  return out;
}
