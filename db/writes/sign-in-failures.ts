// The sign-in throttle's memory, in the database so it holds across restarts and processes.
import { eq, inArray, sql } from "drizzle-orm";
import { THROTTLE } from "../../lib/auth/throttle";
import { signInFailures } from "../schema";
import type { Conn } from "../client";

export function failureRecords(conn: Conn, keys: string[]) {
  return new Map(conn.select().from(signInFailures).where(inArray(signInFailures.key, keys)).all().map((r) => [r.key, r]));
}

/** One more failure for each key; a count older than the window starts again at one. */
export function recordFailure(conn: Conn, keys: string[], now: number): void {
  for (const key of keys) {
    conn
      .insert(signInFailures)
      .values({ key, failures: 1, lastFailureAt: now })
      .onConflictDoUpdate({
        target: signInFailures.key,
        set: {
          failures: sql`case when ${signInFailures.lastFailureAt} < ${now - THROTTLE.windowMs} then 1 else ${signInFailures.failures} + 1 end`,
          lastFailureAt: now,
        },
      })
      .run();
  }
}

export function clearFailures(conn: Conn, key: string): void {
  conn.delete(signInFailures).where(eq(signInFailures.key, key)).run();
}
