// What the lifecycle's guards and the record commands load inside their transaction.
import { and, eq } from "drizzle-orm";
import type { LifecycleRecords } from "../../lib/setbacks/lifecycle";
import {
  communications,
  compensations,
  followUps,
  lessons,
  preventiveActions,
  remedyTasks,
  setbacks,
} from "../schema";
import type { Conn } from "../client";
import { countRows } from "./count";

export function loadLifecycleRecords(tx: Conn, setbackId: number): LifecycleRecords {
  const outbound = countRows(tx, communications, and(eq(communications.setbackId, setbackId), eq(communications.direction, "outbound")));
  const lesson = tx.select().from(lessons).where(eq(lessons.setbackId, setbackId)).get();
  const actions = lesson ? countRows(tx, preventiveActions, eq(preventiveActions.lessonId, lesson.id)) : 0;
  return {
    outboundCommunications: outbound,
    remedyTasks: tx.select({ status: remedyTasks.status }).from(remedyTasks).where(eq(remedyTasks.setbackId, setbackId)).all(),
    compensations: tx.select({ status: compensations.status }).from(compensations).where(eq(compensations.setbackId, setbackId)).all(),
    noCompensationReason: tx.select({ r: setbacks.noCompensationReason }).from(setbacks).where(eq(setbacks.id, setbackId)).get()?.r ?? null,
    followUps: tx
      .select({ status: followUps.status, satisfaction: followUps.satisfaction, retained: followUps.retained })
      .from(followUps)
      .where(eq(followUps.setbackId, setbackId))
      .all(),
    lesson: lesson ? { rootCause: lesson.rootCause, noActionReason: lesson.noActionReason, preventiveActions: actions } : null,
  };
}

export function loadCommunication(tx: Conn, id: number) {
  return tx.select().from(communications).where(eq(communications.id, id)).get();
}

export function isCorrected(tx: Conn, communicationId: number): boolean {
  return countRows(tx, communications, eq(communications.correctsId, communicationId)) > 0;
}

export function loadRemedyTask(tx: Conn, id: number) {
  return tx.select().from(remedyTasks).where(eq(remedyTasks.id, id)).get();
}

export function remedyTaskStatuses(tx: Conn, setbackId: number) {
  return tx.select({ status: remedyTasks.status, doneAt: remedyTasks.doneAt }).from(remedyTasks).where(eq(remedyTasks.setbackId, setbackId)).all();
}

export function loadCompensation(tx: Conn, id: number) {
  return tx.select().from(compensations).where(eq(compensations.id, id)).get();
}

/** Every compensation of a setback with its amount: what the approval threshold adds up. */
export function compensationAmounts(tx: Conn, setbackId: number) {
  return tx
    .select({ amountCents: compensations.amountCents, currency: compensations.currency, status: compensations.status })
    .from(compensations)
    .where(eq(compensations.setbackId, setbackId))
    .all();
}

export function updateCompensation(tx: Conn, id: number, patch: Partial<typeof compensations.$inferInsert>): void {
  tx.update(compensations).set(patch).where(eq(compensations.id, id)).run();
}

export function loadFollowUp(tx: Conn, id: number) {
  return tx.select().from(followUps).where(eq(followUps.id, id)).get();
}

export function countFollowUps(tx: Conn, setbackId: number): number {
  return countRows(tx, followUps, eq(followUps.setbackId, setbackId));
}

export function loadLesson(tx: Conn, setbackId: number) {
  return tx.select().from(lessons).where(eq(lessons.setbackId, setbackId)).get();
}

export function updateLesson(tx: Conn, id: number, patch: Partial<typeof lessons.$inferInsert>): void {
  tx.update(lessons).set(patch).where(eq(lessons.id, id)).run();
}

export function loadPreventiveAction(tx: Conn, id: number) {
  return tx
    .select({ action: preventiveActions, setbackId: lessons.setbackId })
    .from(preventiveActions)
    .innerJoin(lessons, eq(lessons.id, preventiveActions.lessonId))
    .where(eq(preventiveActions.id, id))
    .get();
}

export function updatePreventiveAction(tx: Conn, id: number, patch: Partial<typeof preventiveActions.$inferInsert>): void {
  tx.update(preventiveActions).set(patch).where(eq(preventiveActions.id, id)).run();
}
