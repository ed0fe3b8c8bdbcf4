import { and, eq, isNull } from "drizzle-orm";
import { feedbackLinks } from "../schema";
import type { Conn } from "../client";

export function insertFeedbackLink(tx: Conn, values: typeof feedbackLinks.$inferInsert): number {
  return tx.insert(feedbackLinks).values(values).returning({ id: feedbackLinks.id }).get().id;
}

export function loadFeedbackLink(tx: Conn, id: number) {
  return tx.select().from(feedbackLinks).where(eq(feedbackLinks.id, id)).get();
}

/** The live link with this token hash; a revoked or unknown one is simply not found. */
export function findActiveFeedbackLink(conn: Conn, tokenHash: string) {
  return conn.select().from(feedbackLinks).where(and(eq(feedbackLinks.tokenHash, tokenHash), isNull(feedbackLinks.revokedAt))).get() ?? null;
}

export function revokeFeedbackLink(tx: Conn, id: number, at: number): void {
  tx.update(feedbackLinks).set({ revokedAt: at }).where(eq(feedbackLinks.id, id)).run();
}
