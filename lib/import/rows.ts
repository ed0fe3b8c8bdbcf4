// Checking the rows of a setbacks CSV (one row per past setback) before anything is written.
import { parse } from "csv-parse/sync";
import { clientNameKey } from "../clients/name-key";
import { COMPENSATION_KINDS, CHANNELS, FAULTS, SEVERITIES } from "../setbacks/vocabulary";
import { inInstantWindow, WINDOW_TEXT } from "../time/window";
import { isLocalDateTime, onTheCalendar, parseLocalDateTime } from "../time/zoned";

export const IMPORT_COLUMNS = [
  "external_id", "client", "title", "category", "severity", "fault", "occurred_at", "discovered_at", "notified_at", "notified_channel",
  "remedied_at", "compensation_kind", "compensation_amount", "compensation_currency", "followed_up_at", "satisfaction", "closed_at", "root_cause",
] as const;
const REQUIRED = ["external_id", "client", "title", "category", "severity", "fault", "discovered_at"] as const;

export interface ImportError {
  line: number;
  column: string;
  message: string;
}

export interface ImportRow {
  line: number;
  externalId: string;
  client: string;
  /** lib/clients/name-key.ts: the rows of one key are one client. */
  clientKey: string;
  title: string;
  category: string;
  severity: (typeof SEVERITIES)[number];
  fault: (typeof FAULTS)[number];
  occurredAt: number;
  discoveredAt: number;
  notifiedAt: number | null;
  notifiedChannel: (typeof CHANNELS)[number];
  remediedAt: number | null;
  compensation: { kind: (typeof COMPENSATION_KINDS)[number]; amountCents: number; currency: string } | null;
  followedUpAt: number | null;
  satisfaction: number | null;
  closedAt: number | null;
  rootCause: string | null;
}

export interface ImportContext {
  timeZone: string;
  now: number;
  /** Category keys and labels (lower case) → key. */
  categories: ReadonlyMap<string, string>;
  /** Root-cause category keys and labels (lower case) → key. */
  rootCauses: ReadonlyMap<string, string>;
}

/** RFC 4180 CSV with a header row; each record with the line it starts on. */
export function parseCsv(text: string): { header: string[]; records: { line: number; values: string[] }[] } | { error: ImportError } {
  try {
    const rows = parse(text.replace(/^\uFEFF/, ""), { relax_column_count: true, info: true, skip_empty_lines: true }) as unknown as { record: string[]; info: { lines: number; empty_lines: number } }[];
    if (rows.length === 0) return { error: { line: 1, column: "", message: "The file is empty; it needs a header row" } };
    // `info.lines` is where a record ends (a quoted field may span lines); a record starts after the previous one.
    let ended = 0;
    let empty = 0;
    const located = rows.map((r) => {
      const line = ended + 1 + (r.info.empty_lines - empty);
      ended = r.info.lines;
      empty = r.info.empty_lines;
      return { line, values: r.record };
    });
    const [head, ...body] = located;
    return { header: head.values.map((h) => h.trim().toLowerCase()), records: body };
  } catch (error) {
    const e = error as { lines?: number; message: string };
    return { error: { line: e.lines ?? 1, column: "", message: `Not valid CSV: ${e.message}` } };
  }
}

function date(value: string, ctx: ImportContext): number | "bad" | "future" | "outside" {
  const v = value.trim();
  const ms = isLocalDateTime(v) ? parseLocalDateTime(v, ctx.timeZone) : /^\d{4}-\d{2}-\d{2}T/.test(v) && onTheCalendar(v) ? Date.parse(v) : null;
  if (ms === null || Number.isNaN(ms)) return "bad";
  if (ms > ctx.now + 60_000) return "future";
  // The same window as every form and the API (lib/time/window.ts).
  return inInstantWindow(ms) ? ms : "outside";
}

/** One record → a checked row, or the reasons it is not one (each with its column). */
export function checkRecord(line: number, get: (column: string) => string, ctx: ImportContext): { row: ImportRow } | { errors: ImportError[] } {
  const errors: ImportError[] = [];
  const fail = (column: string, message: string) => errors.push({ line, column, message });
  for (const column of REQUIRED) if (!get(column).trim()) fail(column, "is required");
  const when = (column: string): number | null => {
    const v = get(column);
    if (!v.trim()) return null;
    const d = date(v, ctx);
    if (d === "bad") fail(column, `"${v}" is not an ISO 8601 date, like 2026-03-14 or 2026-03-14T09:30:00Z`);
    else if (d === "future") fail(column, "is in the future");
    else if (d === "outside") fail(column, `must be ${WINDOW_TEXT}`);
    return typeof d === "number" ? d : null;
  };
  const oneOf = <T extends string>(column: string, list: readonly T[], fallback?: T): T => {
    const v = get(column).trim().toLowerCase().replace(/[\s-]+/g, "_");
    if (!v && fallback) return fallback;
    if (v && !(list as readonly string[]).includes(v)) fail(column, `"${get(column)}" is not one of ${list.join(", ")}`);
    return v as T;
  };
  const clientKey = clientNameKey(get("client"));
  if (get("client").trim() && !clientKey) fail("client", "is required");
  const title = get("title").trim();
  if (title.length > 200) fail("title", "is longer than 200 characters");
  const categoryText = get("category").trim();
  const category = ctx.categories.get(categoryText.toLowerCase());
  if (categoryText && !category) fail("category", `"${categoryText}" is not a category`);
  const severity = oneOf("severity", SEVERITIES);
  const fault = oneOf("fault", FAULTS);
  const discoveredAt = when("discovered_at");
  const occurredAt = when("occurred_at") ?? discoveredAt;
  if (occurredAt !== null && discoveredAt !== null && discoveredAt < occurredAt) fail("discovered_at", "is before occurred_at");
  const notifiedAt = when("notified_at");
  const notifiedChannel = oneOf("notified_channel", CHANNELS, "email");
  const remediedAt = when("remedied_at");
  const followedUpAt = when("followed_up_at");
  const closedAt = when("closed_at");
  for (const [column, at] of [["notified_at", notifiedAt], ["remedied_at", remediedAt], ["followed_up_at", followedUpAt], ["closed_at", closedAt]] as const) {
    if (at !== null && discoveredAt !== null && at < discoveredAt) fail(column, "is before discovered_at");
  }
  let compensation: ImportRow["compensation"] = null;
  const amountText = get("compensation_amount").trim();
  if (get("compensation_kind").trim() || amountText) {
    const kind = oneOf("compensation_kind", COMPENSATION_KINDS);
    const amount = amountText.replace(/[\s,]/g, "");
    if (!/^\d{1,12}(\.\d{1,2})?$/.test(amount)) fail("compensation_amount", `"${amountText}" is not an amount, like 250.00`);
    const currency = get("compensation_currency").trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency)) fail("compensation_currency", "needs a three-letter code, like EUR");
    compensation = { kind, amountCents: Math.round(Number(amount) * 100), currency };
  }
  const satisfactionText = get("satisfaction").trim();
  const satisfaction = satisfactionText ? Number(satisfactionText) : null;
  if (satisfaction !== null && !(Number.isInteger(satisfaction) && satisfaction >= 1 && satisfaction <= 5)) fail("satisfaction", `"${satisfactionText}" is not a whole number from 1 to 5`);
  if (errors.length) return { errors };
  return {
    row: {
      line, externalId: get("external_id").trim(), client: get("client").trim(), clientKey, title, category: category!, severity, fault,
      occurredAt: occurredAt!, discoveredAt: discoveredAt!, notifiedAt, notifiedChannel, remediedAt, compensation,
      followedUpAt, satisfaction, closedAt, rootCause: get("root_cause").trim() || null,
    },
  };
}
