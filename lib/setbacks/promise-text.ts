// How a promise's "by when" reads: a promise made for a day reads as that day ("3 December 2026"),
// never as its last minute ("3 Dec 2026, 23:59"); one made for a time reads as the time.
import { formatDateTime, formatInstant, onTheCalendar, parseLocalDateTime, UNSHOWN_DATE } from "../time/zoned";

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LONG_DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" };

/** "3 December 2026" for a day promised, "3 Dec 2026, 14:00" (in `timeZone`) for a time. */
/** `format` shows a promise made for a time: formatZoned where the reader may be anywhere (the status page). */
export function promisedByText(promise: { dueAt: number; dueDay: string | null | undefined }, timeZone: string, format: (ms: number, zone: string) => string = formatDateTime): string {
  // A stored value can never break the page: a day that is not on the calendar reads as the instant.
  const day = promise.dueDay && onTheCalendar(promise.dueDay) ? DAY_RE.exec(promise.dueDay) : null;
  if (!day) return format(promise.dueAt, timeZone);
  // Noon UTC of that calendar day, read in UTC: the day as written, whatever the viewer's zone.
  const noon = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12);
  const text = formatInstant(noon, "UTC", LONG_DAY);
  return text === UNSHOWN_DATE ? format(promise.dueAt, timeZone) : text;
}

/** The last second of `day` ("YYYY-MM-DD") in `timeZone`: when a promise made for that day falls due. */
export function endOfPromisedDay(day: string, timeZone: string): number | null {
  return DAY_RE.test(day) && onTheCalendar(day) ? parseLocalDateTime(`${day}T23:59:59`, timeZone) : null;
}
