// A person's in-app notices: the bell's unread count (on every page) and the list in Needs me.
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { notices } from "../schema";
import type { Conn } from "../client";

export function unreadNotices(conn: Conn, userId: number): number {
  return conn.select({ n: sql<number>`count(*)` }).from(notices).where(and(eq(notices.userId, userId), isNull(notices.readAt))).get()?.n ?? 0;
}

export const RECENT_NOTICES = 30;

export function recentNotices(conn: Conn, userId: number, limit = RECENT_NOTICES) {
  return conn
    .select({ id: notices.id, title: notices.title, href: notices.href, createdAt: notices.createdAt, readAt: notices.readAt })
    .from(notices)
    .where(eq(notices.userId, userId))
    .orderBy(desc(notices.createdAt), desc(notices.id))
    .limit(limit)
    .all();
}
export type NoticeRow = ReturnType<typeof recentNotices>[number];

/** Where one of `userId`'s notices points, or null when it is not theirs. */
export function noticeHref(conn: Conn, userId: number, id: number): string | null {
  return conn.select({ href: notices.href }).from(notices).where(and(eq(notices.userId, userId), eq(notices.id, id))).get()?.href ?? null;
}
