// Read models of the client's own links: the team's list of them, and the client's status page.
import { desc, eq, sql } from "drizzle-orm";
import { promiseState } from "../../lib/setbacks/promise";
import { statusTitles, type StatusTitleSource } from "../../lib/setbacks/status-title";
import type { Stage } from "../../lib/setbacks/vocabulary";
import { getOrgSettings } from "./settings";
import { feedbackLinks, users } from "../schema";
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

/** A resolved setback stays on the client's page this long after it closed, then leaves it. */
export const RESOLVED_SHOWN_MS = 30 * 86_400_000;

export interface StatusEntry {
  number: number;
  /** The title for the client; for their own report before one is set, the first line they wrote; else a neutral one (lib/setbacks/status-title.ts). */
  title: string;
  stage: Stage;
  /** When it closed, for a resolved one; null while open. */
  resolvedAt: number | null;
  /** Their own report through a link (listed even when not marked shared). */
  ownReport: boolean;
  /** The latest communication marked shown to the client, not corrected: its date and summary. */
  lastUpdate: { at: number; summary: string } | null;
  /** The standing promise (lib/setbacks/promise.ts, stored on the setback): when they hear next. */
  nextUpdateBy: number | null;
  /** "YYYY-MM-DD" when that promise was made for a day (it reads as the day, lib/setbacks/promise-text.ts). */
  nextUpdateDay: string | null;
  /** That promise passed with nothing sent and no follow-up since. */
  late: boolean;
}

type Row = Omit<StatusEntry, "title" | "ownReport" | "lastUpdate" | "late"> & StatusTitleSource & { ownReport: number; lastAt: number | null; lastSummary: string | null };

/**
 * What the client may see, and nothing else: the setbacks marked shared and their own reports,
 * open or resolved in the last 30 days, each with the title meant for them, the stage, the latest
 * update marked shown to the client, and the promised next one. Never the internal title, an
 * owner, a note or another client's row. `now` decides late and 30 days.
 */
export async function sharedStatus(conn: Conn, clientId: number, now = Date.now()): Promise<StatusEntry[]> {
  const uncorrected = (c: string) => sql.raw(`not exists (select 1 from communications k where k.corrects_id = ${c}.id)`);
  const rows = conn.all<Row>(sql`
    with listed as (
      select s.id, s.number, s.stage, s.stage_changed_at, s.discovered_at, s.reported_via_link_id is not null as own,
        s.promise_due_at, s.last_outbound_id,
        s.client_title, s.category,
        -- Their own words: the first line of their message (a report from before messages were
        -- kept has only the title it was given from their text, in its setback.reported event).
        case when s.reported_via_link_id is not null then coalesce(
          (select c.summary from communications c where c.setback_id = s.id and c.channel = 'web_form' and c.direction = 'inbound' order by c.id limit 1),
          (select e.data ->> '$.title' from events e where e.setback_id = s.id and e.kind = 'setback.reported' and e.actor_id is null order by e.id limit 1)) end as own_first_line,
        (select c.id from communications c where c.setback_id = s.id and c.shown_to_client = 1 and c.occurred_at <= ${now} and ${uncorrected("c")}
          order by c.occurred_at desc, c.id desc limit 1) as last_id
      from setbacks s
      where s.client_id = ${clientId} and (s.shared_with_client = 1 or s.reported_via_link_id is not null)
        and (s.stage <> 'closed' or s.stage_changed_at >= ${now - RESOLVED_SHOWN_MS})
    )
    select l.number as number, l.client_title as clientTitle, l.own_first_line as ownFirstLine, l.category as category, l.discovered_at as discoveredAt,
      l.stage as stage, l.own as ownReport,
      case when l.stage = 'closed' then l.stage_changed_at end as resolvedAt,
      u.occurred_at as lastAt, u.summary as lastSummary,
      -- The standing promise as the triggers keep it (decision 012): the same one "Needs me" shows.
      case when l.stage <> 'closed' then l.promise_due_at end as nextUpdateBy,
      case when l.stage <> 'closed' and l.promise_due_at is not null then p.promise_due_day end as nextUpdateDay
    from listed l
    left join communications u on u.id = l.last_id
    left join communications p on p.id = l.last_outbound_id
    order by l.stage = 'closed', l.discovered_at desc, l.number desc`);
  // Titles in the organisation's zone ("Your delay of 3 December"), the one the page names.
  const titles = statusTitles(rows, (await getOrgSettings(conn)).timeZone, now);
  return rows.map(({ lastAt, lastSummary, ownReport, clientTitle: _c, ownFirstLine: _o, category: _k, discoveredAt: _d, ...r }, i) => ({
    ...r,
    title: titles[i],
    ownReport: Boolean(ownReport),
    lastUpdate: lastAt !== null && lastSummary !== null ? { at: lastAt, summary: lastSummary } : null,
    late: promiseState(r.nextUpdateBy === null ? null : { dueAt: r.nextUpdateBy }, r.stage, now) === "missed",
  }));
}
