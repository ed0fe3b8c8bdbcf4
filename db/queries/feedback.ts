// Read models of the client's own links: the team's list of them, and the client's status page.
import { and, desc, eq, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { feedbackLinks, setbacks, users } from "../schema";
import type { Conn } from "../client";

export async function clientFeedbackLinks(conn: Conn, clientId: number) {
  return conn
    .select({ id: feedbackLinks.id, label: feedbackLinks.label, createdAt: feedbackLinks.createdAt, revokedAt: feedbackLinks.revokedAt, createdBy: users.name })
    .from(feedbackLinks)
    .leftJoin(users, eq(users.id, feedbackLinks.createdById))
    .where(eq(feedbackLinks.clientId, clientId))
    .orderBy(desc(feedbackLinks.createdAt))
    .all();
}

const s = alias(setbacks, "s");

/**
 * What the client may see: their open setbacks marked shared, each with its reference, its
 * stage, the date of the last message we sent them and the date we promised the next one by.
 * Nothing else, not even the title the team wrote.
 */
export async function sharedStatus(conn: Conn, clientId: number) {
  return conn
    .select({
      number: s.number,
      stage: s.stage,
      lastUpdateAt: sql<number | null>`(select max(c.occurred_at) from communications c where c.setback_id = s.id and c.direction = 'outbound')`,
      nextUpdateBy: sql<number | null>`(select c.promise_due_at from communications c where c.setback_id = s.id and c.direction = 'outbound' and c.promise_due_at is not null order by c.occurred_at desc, c.id desc limit 1)`,
    })
    .from(s)
    .where(and(eq(s.clientId, clientId), eq(s.sharedWithClient, true), ne(s.stage, "closed")))
    .orderBy(desc(s.discoveredAt))
    .all();
}
