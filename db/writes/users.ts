// Writes run inside a command's transaction, so they are synchronous (better-sqlite3).
import { and, eq, sql } from "drizzle-orm";
import { users, type User } from "../schema";
import type { Conn } from "../client";

export function loadUser(tx: Conn, id: number): User | undefined {
  return tx.select().from(users).where(eq(users.id, id)).get();
}

export function loadUserByEmail(tx: Conn, email: string): User | undefined {
  return tx.select().from(users).where(eq(users.email, email.toLowerCase())).get();
}

export function countActiveAdmins(tx: Conn): number {
  const row = tx
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true)))
    .get();
  return row?.n ?? 0;
}

export function insertUser(tx: Conn, values: typeof users.$inferInsert): number {
  return tx.insert(users).values(values).returning({ id: users.id }).get().id;
}

export function updateUser(tx: Conn, id: number, patch: Partial<typeof users.$inferInsert>): void {
  tx.update(users).set(patch).where(eq(users.id, id)).run();
}

/**
 * Ends every session of the user (signing out ends them on every device): sessions carry the
 * version they were signed in under. A role, password or active change does the same by trigger.
 */
export function endSessions(tx: Conn, id: number): void {
  tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, id)).run();
}
