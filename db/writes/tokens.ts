import { and, eq, isNull, lt, or } from "drizzle-orm";
import { apiTokens, users } from "../schema";
import type { Conn } from "../client";
import { bestEffortWrite } from "../storage-errors";

export function insertApiToken(tx: Conn, values: typeof apiTokens.$inferInsert): number {
  return tx.insert(apiTokens).values(values).returning({ id: apiTokens.id }).get().id;
}

export function loadApiToken(tx: Conn, id: number) {
  return tx.select().from(apiTokens).where(eq(apiTokens.id, id)).get();
}

export function revokeApiToken(tx: Conn, id: number, at: number): void {
  tx.update(apiTokens).set({ revokedAt: at }).where(eq(apiTokens.id, id)).run();
}

/** The live token with this hash and its active user, or null. Notes when it was last used. */
export function useApiToken(conn: Conn, tokenHash: string, now: number) {
  const row = conn
    .select({ tokenId: apiTokens.id, id: users.id, name: users.name, role: users.role, active: users.active })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .get();
  if (!row || !row.active) return null;
  // "Last used" is shown to the minute: no need to write on every request of a busy integration.
  // Only a note: a database that cannot be written must not stop the token's reads.
  bestEffortWrite(() =>
    conn
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.id, row.tokenId), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, now - 60_000))))
      .run(),
  );
  return row;
}

export function userTokens(conn: Conn, userId: number) {
  return conn
    .select({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(apiTokens.createdAt)
    .all();
}
