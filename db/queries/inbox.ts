// The read model of "Needs me" (/inbox): what waits on one person, derived from the records each
// time (nothing stored, nothing to tick off: an entry leaves once its record says it is done).
// Each kind is one WHERE over its table, shared by the entries and by the navigation's count, so
// the count (one statement, on every page) and the page always agree. lib/setbacks/inbox.ts ranks.
import { sql, type SQL } from "drizzle-orm";
import { can, type Role } from "../../lib/auth/roles";
import { needsTriageSql } from "../../lib/setbacks/lifecycle";
import { clockSeveritySql } from "./clock-severity-sql";
import { dayBounds } from "../../lib/time/days";
import type { Conn } from "../client";

const HOUR_MS = 3_600_000;
/** "Runs out within 2 hours" (issue 14): an owned setback enters the inbox this long before its deadline. */
export const CLOCK_WARNING_MS = 2 * HOUR_MS;

export interface InboxScope {
  userId: number;
  /** Compensations awaiting approval (not the person's own proposals). */
  approvals: boolean;
  /** The team's loose ends: client reports not yet triaged, breaches of setbacks nobody owns. */
  team: boolean;
  now: number;
  /** The end of today in the organisation's zone: what is due before it is due today. */
  endOfToday: number;
}

const OPEN = sql.raw(`('discovered','notified','remedying','compensation','follow_up','review')`);

/** The running clock's deadline (lib/setbacks/clocks.ts) of setback `s` with its target `t`. */
const DEADLINE = `(case
  when s.notified_at is null then s.discovered_at + t.notify_hours * ${HOUR_MS}
  when s.remedied_at is null then s.discovered_at + t.remedy_hours * ${HOUR_MS}
  when s.followed_up_at is null then s.remedied_at + t.follow_up_hours * ${HOUR_MS} end)`;
const deadline = sql.raw(DEADLINE);
const CLOCK_KIND = `(case when s.notified_at is null then 'notify' when s.remedied_at is null then 'remedy' else 'follow_up' end)`;

/**
 * "Not yet triaged": what the triage panel is shown for, from lib/setbacks/lifecycle.ts itself
 * (needsTriageSql); the triage guard keeps such a report in Discovered.
 */
const untriaged = sql.raw(`(s.stage = 'discovered' and ${needsTriageSql("s")})`);

export function inboxParts(q: InboxScope): Record<string, { from: SQL; where: SQL } | null> {
  const me = q.userId;
  return {
    clock: {
      from: sql`setbacks s join service_level_targets t on t.severity = ${clockSeveritySql(sql.raw("s.severity"))}`,
      where: sql`s.owner_id = ${me} and s.stage in ${OPEN} and ${deadline} <= ${q.now + CLOCK_WARNING_MS}`,
    },
    // The standing promise (lib/setbacks/promise.ts, decision 012), kept on the setback by
    // triggers (migrations 0017 and "promise_kept_by_follow_up"): a later update to the client or
    // a follow-up completed after it resolves it, and closing the setback ends it.
    promise: {
      from: sql`setbacks s join communications c on c.id = s.last_outbound_id`,
      where: sql`s.stage in ${OPEN} and s.promise_due_at < ${q.endOfToday} and (s.owner_id = ${me} or s.promise_author_id = ${me})`,
    },
    follow_up: {
      from: sql`follow_ups f join setbacks s on s.id = f.setback_id`,
      where: sql`f.owner_id = ${me} and f.status = 'planned' and f.due_at < ${q.endOfToday}`,
    },
    remedy: {
      from: sql`remedy_tasks r join setbacks s on s.id = r.setback_id`,
      where: sql`r.owner_id = ${me} and r.status = 'open' and r.due_at is not null and r.due_at < ${q.endOfToday}`,
    },
    preventive_action: {
      from: sql`preventive_actions p join lessons l on l.id = p.lesson_id join setbacks s on s.id = l.setback_id`,
      where: sql`p.owner_id = ${me} and p.done_at is null and p.due_at is not null and p.due_at < ${q.endOfToday}`,
    },
    approval: q.approvals
      ? { from: sql`compensations m join setbacks s on s.id = m.setback_id`, where: sql`m.status = 'proposed' and (m.proposed_by_id is null or m.proposed_by_id <> ${me})` }
      : null,
    triage: q.team ? { from: sql`setbacks s join service_level_targets t on t.severity = ${clockSeveritySql(sql.raw("s.severity"))}`, where: untriaged } : null,
    unowned_breach: q.team
      ? {
          from: sql`setbacks s join service_level_targets t on t.severity = ${clockSeveritySql(sql.raw("s.severity"))}`,
          where: sql`s.owner_id is null and s.stage in ${OPEN} and not ${untriaged} and ${deadline} < ${q.now}`,
        }
      : null,
  };
}

/** How many entries the inbox holds: one statement, for the navigation on every page. */
export function inboxCount(conn: Conn, q: InboxScope): number {
  const counts = Object.values(inboxParts(q))
    .filter((p): p is { from: SQL; where: SQL } => p !== null)
    .map((p) => sql`(select count(*) from ${p.from} where ${p.where})`);
  return conn.get<{ n: number }>(sql`select ${sql.join(counts, sql` + `)} as n`)?.n ?? 0;
}

export type InboxRowKind = "clock" | "promise" | "follow_up" | "remedy" | "preventive_action" | "approval" | "triage" | "unowned_breach";

export interface InboxRow {
  kind: InboxRowKind;
  /** The record's id (the setback's for clock, triage and unowned_breach). */
  id: number;
  setbackNumber: number;
  setbackTitle: string;
  clientName: string;
  /** Deadline or due date; null for an approval (it waits on a decision, not a date). */
  dueAt: number | null;
  /** "YYYY-MM-DD" for a promise made for a day: it reads as the day (lib/setbacks/promise-text.ts). */
  dueDay: string | null;
  /** Since when it has waited (the proposal, the report). */
  since: number;
  /** What the record says: a task's description, a promise, the clock ("notify"). */
  what: string;
  amountCents: number | null;
  currency: string | null;
  compensationKind: string | null;
  proposer: string | null;
}

const COLUMNS: Record<InboxRowKind, SQL> = {
  clock: sql.raw(`s.id as id, ${DEADLINE} as dueAt, s.discovered_at as since, ${CLOCK_KIND} as what`),
  promise: sql.raw(`c.id as id, s.promise_due_at as dueAt, c.promise_due_day as dueDay, c.occurred_at as since, c.promise as what`),
  follow_up: sql.raw(`f.id as id, f.due_at as dueAt, f.created_at as since, '' as what`),
  remedy: sql.raw(`r.id as id, r.due_at as dueAt, r.created_at as since, r.description as what`),
  preventive_action: sql.raw(`p.id as id, p.due_at as dueAt, p.created_at as since, p.description as what`),
  approval: sql.raw(`m.id as id, null as dueAt, m.created_at as since, m.description as what, m.amount_cents as amountCents, m.currency as currency, m.kind as compensationKind, (select u.name from users u where u.id = m.proposed_by_id) as proposer`),
  triage: sql.raw(`s.id as id, ${DEADLINE} as dueAt, s.discovered_at as since, '' as what`),
  unowned_breach: sql.raw(`s.id as id, ${DEADLINE} as dueAt, s.discovered_at as since, ${CLOCK_KIND} as what`),
};

/** Every entry of the inbox, unranked (lib/setbacks/inbox.ts orders and groups them). */
export function inboxRows(conn: Conn, q: InboxScope): InboxRow[] {
  const rows: InboxRow[] = [];
  for (const [kind, part] of Object.entries(inboxParts(q)) as [InboxRowKind, { from: SQL; where: SQL } | null][]) {
    if (!part) continue;
    const found = conn.all<Omit<InboxRow, "kind" | "dueDay" | "amountCents" | "currency" | "compensationKind" | "proposer"> & Partial<InboxRow>>(sql`
      select ${COLUMNS[kind]}, s.number as setbackNumber, s.title as setbackTitle, (select cl.name from clients cl where cl.id = s.client_id) as clientName
      from ${part.from} where ${part.where}`);
    for (const r of found) rows.push({ dueDay: null, amountCents: null, currency: null, compensationKind: null, proposer: null, ...r, kind });
  }
  return rows;
}

/** Whose inbox, with what their role adds (lib/auth/roles.ts), and today's end in the organisation's zone. */
export function inboxScope(actor: { id: number | null; role: Role }, now: number, orgTimeZone: string): InboxScope {
  return {
    userId: actor.id ?? 0, // no one (a system actor) owns nothing
    approvals: can(actor.role, "approve:compensation:any"),
    team: can(actor.role, "read:team-inbox:any"),
    now,
    endOfToday: dayBounds(now, orgTimeZone).startOfTomorrow,
  };
}
