// The setbacks a sweep looks at (lib/notices/sweep.ts): open ones with a clock not yet met whose
// warning time (75 % of its target) has come, and whose warning or deadline fell since the last
// sweep, or which changed since (a raised severity moves its deadlines). lib/notices/clock-alerts.ts
// decides what each one says; the outbox's keys make a second look harmless.
import { sql } from "drizzle-orm";
import type { Stage } from "../../lib/setbacks/vocabulary";
import type { Conn } from "../client";
import { clockSeveritySql } from "./clock-severity-sql";

const HOUR_MS = 3_600_000;
const OPEN = sql.raw(`('discovered','notified','remedying','compensation','follow_up','review')`);

/** One clock's condition: unmet, its warning has come by `now`, and something about it is new since `since`. */
function clock(start: string, hours: string, met: string, now: number, since: number) {
  const warnAt = `(${start} + ${hours} * ${HOUR_MS * 0.75})`;
  const deadline = `(${start} + ${hours} * ${HOUR_MS})`;
  return sql.raw(
    `(${start} is not null and ${met} is null and ${warnAt} <= ${now} and (${warnAt} > ${since} or (${deadline} >= ${since} and ${deadline} < ${now}) or s.updated_at > ${since}))`,
  );
}

export interface ClockCandidate {
  id: number;
  number: number;
  title: string;
  stage: Stage;
  /** As stored: "unassessed" for a client's report before triage (its clocks run as critical). */
  severity: string;
  ownerId: number | null;
  clientName: string;
  discoveredAt: number;
  notifiedAt: number | null;
  remediedAt: number | null;
  followedUpAt: number | null;
  notifyHours: number;
  remedyHours: number;
  followUpHours: number;
}

export function clockCandidates(conn: Conn, now: number, since: number): ClockCandidate[] {
  const n = Math.trunc(now);
  const s = Math.trunc(since);
  return conn.all<ClockCandidate>(sql`
    select s.id, s.number, s.title, s.stage, s.severity, s.owner_id as ownerId, c.name as clientName,
      s.discovered_at as discoveredAt, s.notified_at as notifiedAt, s.remedied_at as remediedAt, s.followed_up_at as followedUpAt,
      t.notify_hours as notifyHours, t.remedy_hours as remedyHours, t.follow_up_hours as followUpHours
    from setbacks s
    join service_level_targets t on t.severity = ${clockSeveritySql(sql.raw("s.severity"))}
    join clients c on c.id = s.client_id
    where s.stage in ${OPEN} and (
      ${clock("s.discovered_at", "t.notify_hours", "s.notified_at", n, s)}
      or ${clock("s.discovered_at", "t.remedy_hours", "s.remedied_at", n, s)}
      or ${clock("s.remedied_at", "t.follow_up_hours", "s.followed_up_at", n, s)}
    )
    order by s.id`);
}
