import { eq, sql } from "drizzle-orm";
import { categories, rootCauseCategories, setbacks, type Setback } from "../schema";
import type { Conn } from "../client";
import { NEEDS_TRIAGE } from "../../lib/setbacks/vocabulary";

export function loadSetback(tx: Conn, id: number): Setback | undefined {
  return tx.select().from(setbacks).where(eq(setbacks.id, id)).get();
}

export function highestSetbackNumber(tx: Conn): number | null {
  return tx.select({ n: sql<number | null>`max(${setbacks.number})` }).from(setbacks).get()?.n ?? null;
}

export function loadCategory(tx: Conn, key: string) {
  return tx.select().from(categories).where(eq(categories.key, key)).get();
}

/**
 * "Needs triage", where a client's report starts: made by migration 0015, and again here should
 * an older copy lack it; retired, so no form offers it.
 */
export function ensureTriageCategory(tx: Conn): void {
  tx.insert(categories).values({ key: NEEDS_TRIAGE, label: "Needs triage", description: "A client's own report, not yet triaged", active: false, position: 1000 }).onConflictDoNothing().run();
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
