// The records a setback gathers on its way through the lifecycle.
import { eq } from "drizzle-orm";
import {
  communications,
  compensations,
  followUps,
  lessons,
  preventiveActions,
  remedyTasks,
} from "../schema";
import type { Conn } from "../client";

export function insertCommunication(tx: Conn, values: typeof communications.$inferInsert): number {
  return tx.insert(communications).values(values).returning({ id: communications.id }).get().id;
}

export function insertRemedyTask(tx: Conn, values: typeof remedyTasks.$inferInsert): number {
  return tx.insert(remedyTasks).values(values).returning({ id: remedyTasks.id }).get().id;
}

export function insertCompensation(tx: Conn, values: typeof compensations.$inferInsert): number {
  return tx.insert(compensations).values(values).returning({ id: compensations.id }).get().id;
}

export function insertFollowUp(tx: Conn, values: typeof followUps.$inferInsert): number {
  return tx.insert(followUps).values(values).returning({ id: followUps.id }).get().id;
}

export function insertLesson(tx: Conn, values: typeof lessons.$inferInsert): number {
  return tx.insert(lessons).values(values).returning({ id: lessons.id }).get().id;
}

export function insertPreventiveAction(tx: Conn, values: typeof preventiveActions.$inferInsert): number {
  return tx.insert(preventiveActions).values(values).returning({ id: preventiveActions.id }).get().id;
}

export function updateRemedyTask(tx: Conn, id: number, patch: Partial<typeof remedyTasks.$inferInsert>): void {
  tx.update(remedyTasks).set(patch).where(eq(remedyTasks.id, id)).run();
}

export function updateFollowUp(tx: Conn, id: number, patch: Partial<typeof followUps.$inferInsert>): void {
  tx.update(followUps).set(patch).where(eq(followUps.id, id)).run();
}
