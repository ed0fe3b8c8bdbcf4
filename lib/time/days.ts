// Whole days in the organisation's time zone: where "today" starts and ends.
import { parseLocalDateTime, toLocalDate } from "./zoned";

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export interface DayBounds {
  startOfToday: number;
  startOfTomorrow: number;
  /** The end of the seventh day after today (exclusive). */
  endOfWeek: number;
}

export function dayBounds(now: number, timeZone: string): DayBounds {
  const today = toLocalDate(now, timeZone);
  const start = (date: string) => parseLocalDateTime(date, timeZone)!;
  return { startOfToday: start(today), startOfTomorrow: start(addDays(today, 1)), endOfWeek: start(addDays(today, 8)) };
}
