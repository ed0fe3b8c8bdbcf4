// Wall-clock times in a named time zone, with Intl only (no dependency): forms send local
// "YYYY-MM-DDTHH:mm" values, the database keeps UTC epoch milliseconds.

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

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
  const guess = Date.UTC(year, month - 1, day, hour ?? 0, minute ?? 0, second ?? 0);
  const check = new Date(guess);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const first = guess - offsetAt(guess, timeZone);
  const second2 = guess - offsetAt(first, timeZone);
  return second2;
}

export function isLocalDateTime(value: string): boolean {
  return LOCAL_RE.test(value.trim());
}

const pad = (n: number) => String(n).padStart(2, "0");

/** epoch ms → the value a `datetime-local` input shows in `timeZone`. */
export function toLocalInputValue(epoch: number, timeZone: string): string {
  const w = wallClock(epoch, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** epoch ms → the calendar day in `timeZone`, as "YYYY-MM-DD". */
export function toLocalDate(epoch: number, timeZone: string): string {
  return toLocalInputValue(epoch, timeZone).slice(0, 10);
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();
/** "22 Nov 2026, 10:30" in `timeZone`. */
export function formatDateTime(epoch: number, timeZone: string): string {
  let f = displayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" });
    displayFormatters.set(timeZone, f);
  }
  return f.format(new Date(epoch));
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
