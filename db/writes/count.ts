import { sql, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Conn } from "../client";

/** Rows of `table` matching `where`, synchronously (drizzle's $count is only awaitable). */
export function countRows(tx: Conn, table: SQLiteTable, where?: SQL): number {
  return tx.select({ n: sql<number>`count(*)` }).from(table).where(where).get()?.n ?? 0;
}
