// The read model of a retrospective: see lib/metrics/retrospective.ts for what it shows.
import { sql } from "drizzle-orm";
import type { Period } from "../../../lib/metrics/period";
import type { Headline, Retrospective } from "../../../lib/metrics/retrospective";
import { labelOf } from "../../../lib/setbacks/vocabulary";
import type { Conn } from "../../client";
import { baseCte, type ReportFilter } from "./base";
import { compensationTotals, outcomeFigures } from "./outcomes";
import { recurrenceRate, recurringPairs } from "./recurrence";
import { notificationTargetMet, responseTimes } from "./response-times";

const DAY_MS = 86_400_000;

async function figures(conn: Conn, filter: ReportFilter, now: number, windowDays: number, currency: string) {
  const [times, [met], rate, outcomes, money] = await Promise.all([
    responseTimes(conn, filter, { by: "all" }),
    notificationTargetMet(conn, filter, { by: "all" }, now),
    recurrenceRate(conn, filter, windowDays),
    outcomeFigures(conn, filter),
    compensationTotals(conn, filter, "fault"),
  ]);
  const median = (m: string) => times.find((t) => t.metric === m)?.medianHours ?? null;
  return {
    count: rate.total,
    ttn: median("ttn"),
    met: met?.percent ?? null,
    ttr: median("ttr"),
    recurrence: rate.percent,
    compensation: money.filter((r) => r.currency === currency).reduce((a, r) => a + r.totalCents, 0),
    satisfaction: outcomes.meanSatisfaction,
  };
}

export async function loadRetrospective(conn: Conn, period: Period, previous: Period, now: number, windowDays: number, currency: string): Promise<Retrospective> {
  const filter = { from: period.from, to: period.to };
  const [cur, prev] = await Promise.all([figures(conn, filter, now, windowDays, currency), figures(conn, { from: previous.from, to: previous.to }, now, windowDays, currency)]);
  const headline = (label: string, key: keyof typeof cur, unit: Headline["unit"], higherIsBetter: boolean): Headline => ({ label, current: cur[key], previous: prev[key], unit, higherIsBetter, currency });
  const setbacks = conn.all<{ number: number; title: string; client: string; stage: string; rootCause: string | null; rootCauseCategory: string | null }>(sql`
    with ${baseCte(filter)}
    select s.number, s.title, c.name as client, s.stage, l.root_cause as rootCause, r.label as rootCauseCategory
    from base b join setbacks s on s.id = b.id join clients c on c.id = s.client_id
    left join lessons l on l.setback_id = s.id left join root_cause_categories r on r.key = l.root_cause_category
    order by s.discovered_at`);
  const actions = conn.all<{ description: string; setbackNumber: number; owner: string | null; dueAt: number | null; doneAt: number | null; repeats: string | null }>(sql`
    with ${baseCte(filter)}
    select p.description, s.number as setbackNumber, u.name as owner, p.due_at as dueAt, p.done_at as doneAt,
      (select group_concat(later.number) from setbacks later
        where later.client_id = s.client_id and later.category = s.category and later.discovered_at > s.discovered_at
          and s.discovered_at >= later.discovered_at - ${windowDays * DAY_MS}
          and p.done_at is not null and p.done_at < later.discovered_at) as repeats
    from base b join setbacks s on s.id = b.id join lessons l on l.setback_id = s.id
    join preventive_actions p on p.lesson_id = l.id left join users u on u.id = p.owner_id
    order by s.number, p.id`);
  const patterns = [...(await recurringPairs(conn, filter, "client_category")), ...(await recurringPairs(conn, filter, "category_root_cause"))]
    .sort((a, b) => b.count - a.count)
    .slice(0, 5);
  return {
    periodLabel: period.label,
    previousLabel: previous.label,
    headlines: [
      headline("Setbacks", "count", "", false),
      headline("Median time to notify", "ttn", "h", false),
      headline("Notification target met", "met", "%", true),
      headline("Median time to remedy", "ttr", "h", false),
      headline("Recurrence rate", "recurrence", "%", false),
      headline("Compensation granted", "compensation", "money", false),
      headline("Mean satisfaction (1–5)", "satisfaction", "", true),
    ],
    setbacks: setbacks.map((s) => ({ ...s, stage: labelOf(s.stage) })),
    actions: actions.map(({ repeats, ...a }) => ({ ...a, repeatedBy: repeats ? repeats.split(",").map(Number).sort((x, y) => x - y) : [] })),
    patterns: patterns.map(({ pair, count, references }) => ({ pair, count, references })),
    ...latestNotes(conn, period),
  };
}

/** The manager's notes for exactly this period: the newest saved, and its event (0: none yet). */
export function latestNotes(conn: Conn, period: Period): { notes: string; savedAs: number } {
  const row = conn.get<{ notes: string; id: number } | undefined>(sql`
    select json_extract(data, '$.notes') as notes, id from events
    where kind = 'retrospective.noted' and json_extract(data, '$.from') = ${period.from} and json_extract(data, '$.to') = ${period.to}
    order by id desc limit 1`);
  return { notes: row?.notes ?? "", savedAs: row?.id ?? 0 };
}
