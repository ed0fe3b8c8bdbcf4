// The one-time submission keys' table (lib/commands/once.ts says what they are for).
import { and, eq, gte, lt } from "drizzle-orm";
import { submissionKeys } from "../schema";
import type { Conn } from "../client";

/** The first answer to `key` for `holder`, if it was given since `since`. */
export function findSubmission(conn: Conn, holder: string, key: string, since: number) {
  return conn
    .select({ fingerprint: submissionKeys.fingerprint, answer: submissionKeys.answer })
    .from(submissionKeys)
    .where(and(eq(submissionKeys.holder, holder), eq(submissionKeys.key, key), gte(submissionKeys.createdAt, since)))
    .get();
}

export function recordSubmission(conn: Conn, row: typeof submissionKeys.$inferInsert): void {
  conn.insert(submissionKeys).values(row).run();
}

/** Keys older than `before` are forgotten: a repeat after that is a new request. */
export function pruneSubmissions(conn: Conn, before: number): void {
  conn.delete(submissionKeys).where(lt(submissionKeys.createdAt, before)).run();
}
