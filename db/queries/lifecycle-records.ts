// The guards' records (lib/setbacks/lifecycle.ts) of many setbacks at once: what the board needs
// to give each shown card its next step. One query per kind of record, for the shown cards only.
import { and, eq, inArray } from "drizzle-orm";
import type { LifecycleRecords } from "../../lib/setbacks/lifecycle";
import { communications, compensations, followUps, lessons, preventiveActions, remedyTasks, setbacks } from "../schema";
import type { Conn } from "../client";

export function lifecycleRecordsOf(conn: Conn, setbackIds: readonly number[]): Map<number, LifecycleRecords> {
  const out = new Map<number, LifecycleRecords>();
  if (setbackIds.length === 0) return out;
  const ids = [...setbackIds];
  for (const row of conn.select({ id: setbacks.id, reason: setbacks.noCompensationReason }).from(setbacks).where(inArray(setbacks.id, ids)).all()) {
    out.set(row.id, { outboundCommunications: 0, remedyTasks: [], compensations: [], noCompensationReason: row.reason, followUps: [], lesson: null });
  }
  const of = (id: number) => out.get(id)!;
  for (const c of conn
    .select({ id: communications.setbackId })
    .from(communications)
    .where(and(inArray(communications.setbackId, ids), eq(communications.direction, "outbound")))
    .all())
    of(c.id).outboundCommunications += 1;
  for (const t of conn.select({ id: remedyTasks.setbackId, status: remedyTasks.status }).from(remedyTasks).where(inArray(remedyTasks.setbackId, ids)).all())
    (of(t.id).remedyTasks as { status: typeof t.status }[]).push({ status: t.status });
  for (const c of conn.select({ id: compensations.setbackId, status: compensations.status }).from(compensations).where(inArray(compensations.setbackId, ids)).all())
    (of(c.id).compensations as { status: typeof c.status }[]).push({ status: c.status });
  for (const f of conn
    .select({ id: followUps.setbackId, status: followUps.status, satisfaction: followUps.satisfaction, retained: followUps.retained })
    .from(followUps)
    .where(inArray(followUps.setbackId, ids))
    .all())
    (of(f.id).followUps as LifecycleRecords["followUps"][number][]).push({ status: f.status, satisfaction: f.satisfaction, retained: f.retained });
  const lessonRows = conn.select({ id: lessons.id, setbackId: lessons.setbackId, rootCause: lessons.rootCause, noActionReason: lessons.noActionReason }).from(lessons).where(inArray(lessons.setbackId, ids)).all();
  const actions = lessonRows.length
    ? conn.select({ lessonId: preventiveActions.lessonId }).from(preventiveActions).where(inArray(preventiveActions.lessonId, lessonRows.map((l) => l.id))).all()
    : [];
  for (const l of lessonRows) {
    of(l.setbackId).lesson = { rootCause: l.rootCause, noActionReason: l.noActionReason, preventiveActions: actions.filter((a) => a.lessonId === l.id).length };
  }
  return out;
}
