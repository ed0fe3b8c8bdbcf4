// What an edit really changed. A form sends back every field it shows, at the precision it
// shows them: datetime-local to the minute, text areas with CRLF line endings. A value equal to
// the stored one at that precision is not a change, so it is neither recorded nor written.

/** A field's change as recorded in an event: the value before and after. */
export type Changes = Record<string, { from: unknown; to: unknown }>;

const MINUTE = 60_000;

export interface DiffOptions {
  /** Instant fields a form edits to the minute: the same minute is the same value. */
  minuteInstants?: readonly string[];
}

/** Text as a person reads it: line endings and surrounding blanks are not what they wrote. */
const asText = (v: string) => v.replace(/\r\n?/g, "\n").trim();

function same(key: string, from: unknown, to: unknown, options: DiffOptions): boolean {
  if (from === to) return true;
  if (typeof from === "string" && typeof to === "string") return asText(from) === asText(to);
  if (typeof from === "number" && typeof to === "number" && options.minuteInstants?.includes(key)) {
    return Math.floor(from / MINUTE) === Math.floor(to / MINUTE);
  }
  return false;
}

/** Compares `before` with `after` on the keys of `after`; unchanged keys are left out. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>, options: DiffOptions = {}): Changes {
  const changes: Changes = {};
  for (const key of Object.keys(after)) {
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    if (!same(key, from, to, options)) changes[key] = { from, to };
  }
  return changes;
}

/** Only the fields of `values` named in `changes`: what an update writes, leaving the rest as stored. */
export function changedValues<T extends Record<string, unknown>>(values: T, changes: Changes): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => key in changes)) as Partial<T>;
}
