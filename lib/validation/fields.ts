// Field schemas shared by every form, action and API route. Messages are written for the
// person filling the form: they name the field and say what to do.
import { z } from "zod";
import { inInstantWindow, inWindowYear, WINDOW_TEXT } from "../time/window";
import { keptInstant } from "./kept-instant";
import { beyondDates, isLocalDateTime, isTimeZone, onTheCalendar, parseLocalDateTime } from "../time/zoned";

/** Small tolerance for a browser clock slightly ahead of the server's. */
export const FUTURE_GRACE_MS = 2 * 60_000;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/**
 * A number from what a form or a JSON body sent: a string or a number, anything else NaN (refused
 * by the schema). Number() of an object calls its toString, which a crafted body can make throw.
 */
export const asNumber = (v: unknown): number => (typeof v === "number" || typeof v === "string" ? Number(v) : Number.NaN);
// Browsers send a text area's line breaks as CRLF; the record keeps what was written, with LF.
const trimmed = (v: unknown) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n").trim() : v);

export const requiredText = (label: string, max: number) =>
  z.preprocess(
    trimmed,
    z
      .string({ error: `${label} is required` })
      .min(1, `${label} is required`)
      .max(max, `${label} must be at most ${max} characters`),
  );

export const optionalText = (label: string, max: number) =>
  z.preprocess(
    (v) => (v == null ? "" : trimmed(v)),
    z.string().max(max, `${label} must be at most ${max} characters`),
  );

export const id = (label: string) =>
  z.preprocess(
    (v) => (blankToUndefined(v) === undefined ? undefined : asNumber(v)),
    z.number({ error: `Choose ${label}` }).int(`Choose ${label}`).positive(`Choose ${label}`),
  );

export const optionalId = (label: string) =>
  z.preprocess(
    (v) => (blankToUndefined(v) === undefined || v === null ? null : asNumber(v)),
    z.number({ error: `Choose ${label}` }).int().positive().nullable(),
  );

/** The version of a record an edit was made from (lib/commands/versions.ts); 0 when it did not exist yet. */
export const editedVersion = z.coerce.number({ error: "The form is out of date: reload the page" }).int().nonnegative().optional();

export const choice = <T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: `Choose ${label}` });

export const checkbox = z.preprocess(
  (v) => v === true || v === "on" || v === "true" || v === "1",
  z.boolean(),
);

/**
 * An instant: epoch ms, or an ISO 8601 date or date-time (with an offset; local values are
 * converted before, by withLocalTimes). Other text — "1", "2026", an RFC 2822 date — is not
 * read as a date even where JavaScript's Date.parse would guess one.
 */
const ISO_INSTANT = /^[+-]?\d{4,6}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const instantValue = (v: unknown) => {
  const b = blankToUndefined(v);
  if (typeof b === "string") {
    const text = b.trim();
    if (!ISO_INSTANT.test(text) || !onTheCalendar(text)) return b;
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return ms;
    // A year past JavaScript's dates, or one of five or more digits without its sign (which
    // Date.parse wants): still a date, answered by the window rather than "enter a date".
    const year = Number(/^[+-]?\d+/.exec(text)![0]);
    return Math.abs(year) > 9999 ? beyondDates(year) : b;
  }
  return b ?? undefined;
};

/**
 * The one rule of every instant field (lib/time/window.ts): a whole number of milliseconds
 * inside the window, and for a past event not in the future; each refusal names the field.
 */
const instantNumber = (label: string, { past, required }: { past: boolean; required: boolean }) => {
  // "Due date must be a date", as a person would say it (not "Enter due date as a date").
  const notOne = `${label} must be ${past ? "a date and time" : "a date"}`;
  return z
    .number({ error: (issue) => (required && issue.input === undefined ? `${label} is required` : notOne) })
    .refine(Number.isInteger, { message: notOne, abort: true })
    .refine((ms) => !past || ms <= Date.now() + FUTURE_GRACE_MS, { message: `${label} cannot be in the future`, abort: true })
    .refine(inInstantWindow, `${label} must be ${WINDOW_TEXT}`);
};

export const pastInstant = (label: string) => z.preprocess(instantValue, instantNumber(label, { past: true, required: true }));

/** A date that may lie ahead (a due date, a promise); blank → null. */
export const optionalInstant = (label: string) =>
  z.preprocess((v) => instantValue(v) ?? null, instantNumber(label, { past: false, required: false }).nullable());

export const instant = (label: string) => z.preprocess(instantValue, instantNumber(label, { past: false, required: true }));

export const optionalPastInstant = (label: string) =>
  z.preprocess((v) => instantValue(v) ?? null, instantNumber(label, { past: true, required: false }).nullable());

/** A filter's "YYYY-MM-DD": a day that exists, in a year inside the window (lib/time/window.ts). */
export const windowDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => inWindowYear(Number(day.slice(0, 4))) && parseLocalDateTime(day, "UTC") !== null);

function toCents(v: unknown): unknown {
  const b = blankToUndefined(v);
  if (b === undefined || b === null) return null;
  if (typeof b === "number") return b;
  const s = String(b).replace(/[\s,]/g, "");
  return /^\d{1,12}(\.\d{1,2})?$/.test(s) ? Math.round(Number(s) * 100) : s;
}

/** "Enter an amount like 250.00", "Enter an estimated cost like 250.00": the field, with an example. */
export function notAnAmount(label: string): string {
  const noun = label.toLowerCase();
  return `Enter ${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun} like 250.00`;
}

/** "1,250.50" → 125050 (cents); blank → null. */
export const optionalMoney = (label: string) =>
  z.preprocess(toCents, z.number({ error: notAnAmount(label) }).int().nonnegative().nullable());

export const money = (label: string) =>
  z.preprocess(
    (v) => toCents(v) ?? undefined,
    z.number({
      error: (issue) => (issue.input === undefined ? `${label} is required` : notAnAmount(label)),
    }).int().nonnegative(),
  );

export const email = (label = "Email") =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z.string({ error: `${label} is required` }).min(1, `${label} is required`).max(254).email(`Enter a valid ${label.toLowerCase()}`),
  );

export const optionalEmail = (label = "Email") =>
  z.preprocess(
    (v) => (v == null ? "" : typeof v === "string" ? v.trim().toLowerCase() : v),
    z.union([z.literal(""), z.string().max(254).email(`Enter a valid ${label.toLowerCase()}`)]),
  );

/**
 * Forms send `datetime-local` values with no zone, plus a hidden `timeZone` field that the
 * server rendered; this turns those values into instants before the fields are checked.
 */
export function withLocalTimes<T extends z.ZodType>(schema: T, fields: readonly string[], options: { endOfDay?: readonly string[] } = {}) {
  return z.preprocess((raw) => {
    if (!raw || typeof raw !== "object") return raw;
    const input = { ...(raw as Record<string, unknown>) };
    const timeZone = isTimeZone(input.timeZone) ? input.timeZone : "UTC";
    for (const field of fields) {
      const value = keptInstant(input, field);
      if (value !== input[field]) input[field] = value;
      if (typeof value === "string" && isLocalDateTime(value)) {
        // A due date alone means "by the end of that day".
        const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
        const wall = dateOnly && options.endOfDay?.includes(field) ? `${value.trim()}T23:59:59` : value;
        input[field] = parseLocalDateTime(wall, timeZone) ?? value;
      }
    }
    return input;
  }, schema);
}
