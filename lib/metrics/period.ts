// Report periods: whole days in the organisation's time zone.
import { z } from "zod";
import { dayBounds } from "../time/days";
import { windowDay } from "../validation/fields";
import { inWindowYear } from "../time/window";
import { parseLocalDateTime, toLocalDate } from "../time/zoned";

export const periodInput = z.object({
  period: z.enum(["30", "90", "365", "quarter", "custom"]).catch("90"),
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/).refine((q) => inWindowYear(Number(q.slice(0, 4)))).optional().catch(undefined),
  from: windowDay.optional().catch(undefined),
  to: windowDay.optional().catch(undefined),
});
export type PeriodInput = z.output<typeof periodInput>;

export interface Period {
  from: number;
  /** Exclusive. */
  to: number;
  label: string;
}

function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function quarterOf(epoch: number, timeZone: string): string {
  const [y, m] = toLocalDate(epoch, timeZone).split("-").map(Number);
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

export function resolvePeriod(input: PeriodInput, now: number, timeZone: string): Period {
  const start = (date: string) => parseLocalDateTime(date, timeZone)!;
  const today = toLocalDate(now, timeZone);
  const { startOfTomorrow } = dayBounds(now, timeZone);
  if (input.period === "quarter") {
    const q = input.quarter ?? quarterOf(now, timeZone);
    const [year, n] = [Number(q.slice(0, 4)), Number(q.slice(6))];
    const first = `${year}-${String((n - 1) * 3 + 1).padStart(2, "0")}-01`;
    const next = n === 4 ? `${year + 1}-01-01` : `${year}-${String(n * 3 + 1).padStart(2, "0")}-01`;
    return { from: start(first), to: start(next), label: q };
  }
  if (input.period === "custom" && input.from && input.to && input.from <= input.to) {
    return { from: start(input.from), to: start(shiftDate(input.to, 1)), label: `${input.from} to ${input.to}` };
  }
  const days = input.period === "custom" ? 90 : Number(input.period);
  return { from: start(shiftDate(today, 1 - days)), to: startOfTomorrow, label: `Last ${days} days` };
}

/** The first instant of each month that overlaps the period, for the monthly trend. */
export function monthStarts(period: Period, timeZone: string): number[] {
  const starts: number[] = [];
  let [y, m] = toLocalDate(period.from, timeZone).split("-").map(Number);
  for (;;) {
    const at = parseLocalDateTime(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-01`, timeZone)!;
    if (at >= period.to) break;
    starts.push(at);
    m += 1;
    if (m === 13) [y, m] = [y + 1, 1];
  }
  return starts;
}

/**
 * The period a retrospective compares with: the quarter before a quarter, otherwise the same
 * length just before.
 */
export function previousPeriodOf(input: PeriodInput, period: Period, now: number, timeZone: string): Period {
  if (input.period === "quarter") {
    const [year, n] = [Number(period.label.slice(0, 4)), Number(period.label.slice(6))];
    const quarter = n === 1 ? `${year - 1}-Q4` : `${year}-Q${n - 1}`;
    return resolvePeriod({ period: "quarter", quarter }, now, timeZone);
  }
  const from = period.from - (period.to - period.from);
  return { from, to: period.from, label: `${toLocalDate(from, timeZone)} to ${toLocalDate(period.from - 1, timeZone)}` };
}
