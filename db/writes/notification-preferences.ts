// What each person chose to be told of (db/schema.ts "notification_preferences").
import { eq, inArray } from "drizzle-orm";
import type { Preference } from "../../lib/notices/kinds";
import { notificationPreferences } from "../schema";
import type { Conn } from "../client";

/** Each person's choices, by user id and kind. */
export function preferencesOf(conn: Conn, userIds: readonly number[]): Map<number, Map<string, Preference>> {
  const out = new Map<number, Map<string, Preference>>();
  if (userIds.length === 0) return out;
  for (const row of conn.select().from(notificationPreferences).where(inArray(notificationPreferences.userId, [...userIds])).all()) {
    if (!out.has(row.userId)) out.set(row.userId, new Map());
    out.get(row.userId)!.set(row.kind, { mail: row.mail, inApp: row.inApp });
  }
  return out;
}

export function writePreferences(tx: Conn, userId: number, chosen: ReadonlyMap<string, Preference>): void {
  tx.delete(notificationPreferences).where(eq(notificationPreferences.userId, userId)).run();
  const rows = [...chosen].map(([kind, p]) => ({ userId, kind, mail: p.mail, inApp: p.inApp }));
  if (rows.length) tx.insert(notificationPreferences).values(rows).run();
}
