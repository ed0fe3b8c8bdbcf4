// Compensation, outcomes and communication quality in SQL: definitions in lib/metrics/outcomes.ts.
import { sql, type SQL } from "drizzle-orm";
import { HOUR_MS } from "../../../lib/metrics/summary";
import { UNASSESSED } from "../../../lib/setbacks/vocabulary";
import type { Conn } from "../../client";
import { baseCte, type ReportFilter } from "./base";

const share = (part: number, whole: number) => (whole ? (100 * part) / whole : null);

const GROUP: Record<"kind" | "category" | "client" | "fault", SQL> = {
  kind: sql`c.kind`,
  category: sql`b.category`,
  client: sql`cast(b.client_id as text)`,
  fault: sql`b.fault`,
};

/** A fault not yet assessed is in no fault breakdown until it is set (docs/decisions/006). */
const UNASSESSED_OUT = sql`where b.fault <> ${UNASSESSED}`;

export async function compensationTotals(conn: Conn, filter: ReportFilter, by: keyof typeof GROUP) {
  return conn.all<{ group: string; currency: string; totalCents: number; count: number }>(sql`
    with ${baseCte(filter)}
    select ${GROUP[by]} as "group", c.currency as currency, sum(c.amount_cents) as totalCents, count(*) as count
    from base b join compensations c on c.setback_id = b.id and c.status in ('approved', 'issued')
    ${by === "fault" ? UNASSESSED_OUT : sql``}
    group by 1, 2 order by 1, 2`);
}

export async function compensationShare(conn: Conn, filter: ReportFilter) {
  const counts = conn.get<{ total: number; compensated: number | null }>(sql`
    with ${baseCte(filter)}
    select count(*) as total,
      sum(case when exists (select 1 from compensations c where c.setback_id = b.id and c.status in ('approved', 'issued')) then 1 else 0 end) as compensated
    from base b`)!;
  const averages = conn.all<{ currency: string; averageCents: number }>(sql`
    with ${baseCte(filter)},
    per as (
      select b.id, c.currency, sum(c.amount_cents) as cents
      from base b join compensations c on c.setback_id = b.id and c.status in ('approved', 'issued')
      group by b.id, c.currency
    )
    select currency, sum(cents) * 1.0 / count(*) as averageCents from per group by currency order by currency`);
  const compensated = counts.compensated ?? 0;
  return { compensated, total: counts.total, percent: share(compensated, counts.total), averages };
}

export async function outcomeFigures(conn: Conn, filter: ReportFilter) {
  const r = conn.get<{ mean: number | null; scores: number; known: number; retained: number | null; total: number; reopened: number | null; minor: number | null }>(sql`
    with ${baseCte(filter)},
    last_known as (
      select (select f.retained from follow_ups f
        where f.setback_id = b.id and f.status = 'done' and f.retained is not null and f.done_at is not null
        order by f.done_at desc, f.id desc limit 1) as retained
      from base b
    )
    select
      (select avg(f.satisfaction) from follow_ups f join base b on b.id = f.setback_id where f.status = 'done' and f.satisfaction is not null) as mean,
      (select count(*) from follow_ups f join base b on b.id = f.setback_id where f.status = 'done' and f.satisfaction is not null) as scores,
      (select count(retained) from last_known) as known,
      (select sum(retained) from last_known) as retained,
      (select count(*) from base) as total,
      (select sum(case when s.reopen_count > 0 then 1 else 0 end) from base b join setbacks s on s.id = b.id) as reopened,
      (select sum(s.closed_as_minor) from base b join setbacks s on s.id = b.id) as minor`)!;
  return {
    meanSatisfaction: r.mean,
    satisfactionCount: r.scores,
    retentionPercent: share(r.retained ?? 0, r.known),
    retentionKnown: r.known,
    reopenPercent: share(r.reopened ?? 0, r.total),
    closedAsMinor: r.minor ?? 0,
  };
}

export async function communicationQuality(conn: Conn, filter: ReportFilter) {
  const r = conn.get<{ n: number; apology: number | null; cause: number | null; remedy: number | null; timeline: number | null; personal: number | null; late: number | null }>(sql`
    with ${baseCte(filter)},
    first as (
      -- The notification: the earliest uncorrected outbound communication, which is what the
      -- stored notified_at is the time of; the lowest id breaks a tie.
      select c.*, b.discovered_at as discovered_at_b, b.notify_hours
      from base b join communications c on c.id = (
        select min(c2.id) from communications c2
        where c2.setback_id = b.id and c2.direction = 'outbound' and c2.occurred_at = b.notified_at
          and not exists (select 1 from communications k where k.corrects_id = c2.id))
      where b.notified_at is not null
    )
    select count(*) as n, sum(apologised) as apology, sum(explained_cause) as cause, sum(offered_remedy) as remedy,
      sum(gave_timeline) as timeline,
      sum(case when channel in ('in_person', 'phone', 'video') then 1 else 0 end) as personal,
      sum(case when occurred_at > discovered_at_b + notify_hours * ${HOUR_MS} then 1 else 0 end) as late
    from first`)!;
  const n = r.n;
  return {
    notifications: n,
    apologyPercent: share(r.apology ?? 0, n),
    causePercent: share(r.cause ?? 0, n),
    remedyPercent: share(r.remedy ?? 0, n),
    timelinePercent: share(r.timeline ?? 0, n),
    personalPercent: share(r.personal ?? 0, n),
    latePercent: share(r.late ?? 0, n),
  };
}
