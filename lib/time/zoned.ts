// Wall-clock times in a named time zone, with Intl only (no dependency): forms send local
// "YYYY-MM-DDTHH:mm" values, the database keeps UTC epoch milliseconds. Every function that
// shows a stored instant is total: a value JavaScript cannot turn into a date (past
// ±8,640,000,000,000,000 ms, or not a number) is shown as UNSHOWN_DATE, never thrown at a page.

/** What a page, an export or a form shows for a stored instant that no date can represent. */
export const UNSHOWN_DATE = "date out of range";
const DATE_LIMIT_MS = 8_640_000_000_000_000;

/** Whether `epoch` can be shown at all (in every zone: a zone's offset stays within the limit's margin). */
export function canShowInstant(epoch: number): boolean {
  return typeof epoch === "number" && Number.isFinite(epoch) && Math.abs(epoch) <= DATE_LIMIT_MS;
}

// Years of five and six digits too: a date input sends "20260-01-10T10:00" as typed.
const LOCAL_RE = /^(\d{4,6})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return false;
  try {
    partsFormatter(value);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock of a showable instant (canShowInstant). */
function wallClock(epoch: number, timeZone: string) {
  const p: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(epoch))) {
    if (part.type !== "literal") p[part.type] = Number(part.value);
  }
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
}

/** Offset of `timeZone` from UTC at the instant `epoch`, in milliseconds. */
function offsetAt(epoch: number, timeZone: string): number {
  const w = wallClock(epoch, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(epoch / 1000) * 1000;
}

/** "2026-11-22T10:30" read in `timeZone` → epoch ms, or null when it is not such a value. */
export function parseLocalDateTime(value: string, timeZone: string): number | null {
  const m = LOCAL_RE.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1).map((v) => (v === undefined ? undefined : Number(v))) as number[];
  // Date.UTC reads the years 0–99 as 1900–1999; setUTCFullYear takes them as written.
  const check = new Date(Date.UTC(2000, month - 1, day, hour ?? 0, minute ?? 0, second ?? 0));
  check.setUTCFullYear(year);
  const guess = check.getTime();
  // Past JavaScript's own dates (year 275760): a value every window refuses, not "no date".
  if (Number.isNaN(guess)) return beyondDates(year);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const first = guess - offsetAt(guess, timeZone);
  const second2 = guess - offsetAt(first, timeZone);
  return second2;
}

/**
 * A date of a year JavaScript cannot hold, as the furthest instant on its side: still a date,
 * so the field's rule answers it ("must be between …", "cannot be in the future").
 */
export function beyondDates(year: number): number {
  return year < 0 ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

export function isLocalDateTime(value: string): boolean {
  return LOCAL_RE.test(value.trim());
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * epoch ms → the value a `datetime-local` input shows in `timeZone`; "" (a blank field, to be
 * entered again) for an instant whose year a date input cannot hold.
 */
export function toLocalInputValue(epoch: number, timeZone: string): string {
  if (!canShowInstant(epoch)) return "";
  const w = wallClock(epoch, timeZone);
  if (!(w.year >= 1 && w.year <= 9999)) return "";
  return `${String(w.year).padStart(4, "0")}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** epoch ms → the calendar day in `timeZone`, as "YYYY-MM-DD"; "" as toLocalInputValue. */
export function toLocalDate(epoch: number, timeZone: string): string {
  return toLocalInputValue(epoch, timeZone).slice(0, 10);
}

/** epoch ms → ISO 8601 in UTC, for a `<time dateTime>` or an export; null when it cannot be shown. */
export function toIsoInstant(epoch: number): string | null {
  return canShowInstant(epoch) ? new Date(epoch).toISOString() : null;
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();
const MEDIUM: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };

/**
 * An instant as a person reads it in `timeZone` (en-GB, `options` as Intl takes them), or
 * UNSHOWN_DATE: the one place pages, exports and drafted messages format a date.
 */
export function formatInstant(epoch: number, timeZone: string, options: Intl.DateTimeFormatOptions = MEDIUM): string {
  if (!canShowInstant(epoch)) return UNSHOWN_DATE;
  const key = options === MEDIUM ? timeZone : `${timeZone}|${JSON.stringify(options)}`;
  let f = displayFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { ...options, timeZone });
    displayFormatters.set(key, f);
  }
  return f.format(new Date(epoch));
}

/** "22 Nov 2026, 10:30" in `timeZone`, or UNSHOWN_DATE. */
export function formatDateTime(epoch: number, timeZone: string): string {
  return formatInstant(epoch, timeZone, MEDIUM);
}

/** The time from `earlier` to `later` in words, or null when either cannot be shown (no gap of 208 million days). */
export function formatGap(later: number, earlier: number): string | null {
  return canShowInstant(later) && canShowInstant(earlier) ? formatDuration(later - earlier) : null;
}

/** "3 h", "2 d 4 h", "45 min": a duration as a person reads it. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return rest ? `${days} d ${rest} h` : `${days} d`;
}

/**
 * Whether the date and time written exist: JavaScript reads 30 February as 2 March and 24:00 as
 * the next day, and a date moved like that is a wrong record, not a typo caught.
 */
export function onTheCalendar(text: string): boolean {
  const m = /^[+-]?(\d+)-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/i.exec(text);
  if (!m) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1).map((v) => (v === undefined ? undefined : Number(v))) as number[];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) && hour < 24 && minute < 60 && second < 60;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (year: number, month: number) => (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1]);

const ZONED: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" };

/** "14 Nov 2026, 09:30 GMT": an instant with its zone named, for a record read out of context (the audit trail). */
export function formatZoned(epoch: number, timeZone: string): string {
  return formatInstant(epoch, timeZone, ZONED);
}
