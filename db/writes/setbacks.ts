import { eq, sql } from "drizzle-orm";
import { categories, rootCauseCategories, setbacks, type Setback } from "../schema";
import type { Conn } from "../client";

export function loadSetback(tx: Conn, id: number): Setback | undefined {
  return tx.select().from(setbacks).where(eq(setbacks.id, id)).get();
}

export function highestSetbackNumber(tx: Conn): number | null {
  return tx.select({ n: sql<number | null>`max(${setbacks.number})` }).from(setbacks).get()?.n ?? null;
}

export function loadCategory(tx: Conn, key: string) {
  return tx.select().from(categories).where(eq(categories.key, key)).get();
}

export function insertSetback(tx: Conn, values: typeof setbacks.$inferInsert): number {
  return tx.insert(setbacks).values(values).returning({ id: setbacks.id }).get().id;
}

export function updateSetback(tx: Conn, id: number, patch: Partial<typeof setbacks.$inferInsert>): void {
  tx.update(setbacks).set(patch).where(eq(setbacks.id, id)).run();
}

export function loadRootCause(tx: Conn, key: string) {
  return tx.select().from(rootCauseCategories).where(eq(rootCauseCategories.key, key)).get();
}
