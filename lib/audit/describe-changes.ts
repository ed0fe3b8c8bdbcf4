// An event's recorded changes as a person reads them: each field by its name in words, each
// value in words — a label rather than an enum key, a name rather than an id, a time in the
// organisation's zone with the zone shown. Whatever was stored, this never throws.
import { formatMoney } from "../money";
import { labelOf } from "../setbacks/vocabulary";
import { formatZoned } from "../time/zoned";
import type { Changes } from "./changes";

/** The names ids and keys in events stand for, loaded for the events shown (db/queries/audit-names.ts). */
export interface EventNames {
  users: ReadonlyMap<number, string>;
  clients: ReadonlyMap<number, string>;
  contacts: ReadonlyMap<number, string>;
  categories: ReadonlyMap<string, string>;
}

export const NO_NAMES: EventNames = { users: new Map(), clients: new Map(), contacts: new Map(), categories: new Map() };

export interface ChangeContext {
  timeZone: string;
  currency: string;
  names: EventNames;
}

const FIELD_NAMES: Record<string, string> = {
  clientId: "Client",
  ownerId: "Owner",
  userId: "User",
  contactId: "Contact",
  occurredAt: "Occurred at",
  discoveredAt: "Discovered at",
  estimatedCostCents: "Estimated cost",
  amountCents: "Amount",
  clientRequest: "What the client asked for",
  clientRequestAt: "When the client asked",
  sharedWithClient: "Shared with the client",
  accountOwnerId: "Account owner",
  dueAt: "Due",
  doneAt: "Done at",
  timeZone: "Time zone",
  clientTitle: "Title for the client",
  shownToClient: "Shown to the client",
  recordedAfterTheFact: "Recorded after the fact",
  occurredAtKnown: "When it happened is known",
};

/** "discoveredAt" → "Discovered at"; "notify_high" → "Notify high". */
export function fieldName(key: string): string {
  const known = FIELD_NAMES[key];
  if (known) return known;
  const words = key.replace(/_/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().trim();
  return words ? words.replace(/^./, (c) => c.toUpperCase()) : key;
}

const PERSON_FIELDS = new Set(["ownerId", "accountOwnerId", "userId", "approvedById", "proposedById", "authorId"]);
const WORD_FIELDS = new Set(["severity", "fault", "source", "stage", "status", "channel", "direction", "role", "kind", "reaction"]);
const EMPTY = "(empty)";
const MAX = 80;

const short = (text: string) => (text.length > MAX ? `${text.slice(0, MAX)}…` : text);

/** One recorded value, in words. */
export function describeValue(field: string, value: unknown, ctx: ChangeContext): string {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") {
    if (PERSON_FIELDS.has(field)) return ctx.names.users.get(value) ?? `user ${value}`;
    if (field === "clientId") return ctx.names.clients.get(value) ?? `client ${value}`;
    if (field === "contactId") return ctx.names.contacts.get(value) ?? `contact ${value}`;
    if (field.endsWith("Cents")) return formatMoney(value, ctx.currency);
    if (field.endsWith("At")) return formatZoned(value, ctx.timeZone);
    return String(value);
  }
  if (typeof value === "string") {
    if (field === "category") return ctx.names.categories.get(value) ?? labelOf(value);
    if (WORD_FIELDS.has(field)) return labelOf(value);
    return short(value.replace(/\r\n?/g, "\n").trim());
  }
  try {
    return short(JSON.stringify(value) ?? EMPTY);
  } catch {
    return EMPTY;
  }
}

export interface DescribedChange {
  field: string;
  from: string;
  to: string;
}

/** The changes of an event, in words, only the fields that differ; [] when there are none or they are not a record of changes. */
export function describeChanges(changes: unknown, ctx: ChangeContext): DescribedChange[] {
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return [];
  return Object.entries(changes as Changes).flatMap(([key, c]) => {
    if (!c || typeof c !== "object") return [];
    const from = describeValue(key, c.from, ctx);
    const to = describeValue(key, c.to, ctx);
    return from === to ? [] : [{ field: fieldName(key), from, to }];
  });
}
