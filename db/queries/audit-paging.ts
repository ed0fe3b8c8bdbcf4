// Keyset paging for the audit page's lists (events, communications): newest first by a row's
// id, the order it was recorded in. A page is the rows older than `before`, or newer than
// `after` (going back to the previous page); neither is the newest page. Each list says how
// to read its rows and count them; this decides the page and its place in the whole.
import { gt, lt, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

export const AUDIT_PAGE_SIZE = 50;

/** Where a page starts: older than `before`, or newer than `after` (the previous page); neither is the newest. */
export interface AuditCursor {
  before?: number;
  after?: number;
}

export interface KeysetList<R extends { id: number }> {
  /** The column the rows are keyed and ordered by (the table's integer id). */
  key: SQLiteColumn;
  /** At most `limit` rows matching the search and `extra`, ordered by the key. */
  read: (extra: SQL | undefined, order: "asc" | "desc", limit: number) => R[];
  /** How many rows match the search and `extra`. */
  count: (extra?: SQL) => number;
}

export interface AuditPage<R> {
  rows: R[];
  total: number;
  /** The first row's place in the whole list, from 1 ("51–100 of 473"). */
  first: number;
  hasNewer: boolean;
  hasOlder: boolean;
}

export function keysetPage<R extends { id: number }>(list: KeysetList<R>, cursor: AuditCursor = {}, size = AUDIT_PAGE_SIZE): AuditPage<R> {
  const rows =
    cursor.after !== undefined
      ? list.read(gt(list.key, cursor.after), "asc", size).reverse()
      : list.read(cursor.before !== undefined ? lt(list.key, cursor.before) : undefined, "desc", size);
  const total = list.count();
  // How many newer rows precede this page: its place in the whole list.
  const newer = rows.length ? list.count(gt(list.key, rows[0].id)) : 0;
  return { rows, total, first: newer + 1, hasNewer: newer > 0, hasOlder: newer + rows.length < total };
}
