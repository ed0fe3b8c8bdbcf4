// The navigation's "Needs me" number: the inbox's entries as the page shows them, in one
// statement on every page. The page folds a setback's follow-up clock into the follow-up planned
// for it (lib/setbacks/inbox.ts foldFollowUpClocks); this count folds it the same way.
import { sql, type SQL } from "drizzle-orm";
import type { Conn } from "../client";
import { inboxParts, type InboxScope } from "./inbox";

type Part = { from: SQL; where: SQL };

export function inboxTotal(conn: Conn, q: InboxScope): number {
  const parts = inboxParts(q);
  const counts = Object.values(parts)
    .filter((p): p is Part => p !== null)
    .map((p) => sql`(select count(*) from ${p.from} where ${p.where})`);
  const clock = parts.clock as Part;
  const followUp = parts.follow_up as Part;
  // The follow-up clock is the one running once the client is told and the remedy is done
  // (db/queries/inbox.ts CLOCK_KIND); it folds when a follow-up of this person's is listed for it.
  const folded = sql`(select count(*) from (
      select s.id as setback_id from ${clock.from} where ${clock.where} and s.notified_at is not null and s.remedied_at is not null
    ) c where exists (select 1 from ${followUp.from} where f.setback_id = c.setback_id and ${followUp.where}))`;
  return conn.get<{ n: number }>(sql`select ${sql.join(counts, sql` + `)} - ${folded} as n`)?.n ?? 0;
}
