// The pieces the call script and the written notification share: what the records know about
// the remedy, the offer and the next update, in the client's words, or a gap where they know
// nothing (lib/setbacks/draft-gaps.ts).
import { formatMoney } from "../money";
import { formatInstant } from "../time/zoned";
import { gap } from "./draft-gaps";
import { labelOf, type Fault, type Severity } from "./vocabulary";

export interface DraftInput {
  clientName: string;
  contactName?: string | null;
  /** The client's own contact details (emails, phones), never quoted back to them. */
  clientDetails?: readonly string[];
  senderName: string;
  /** "SB-0052": how a client who reported it themselves knows it. */
  reference: string;
  /** Our own title, written about the client: shown beside a draft as a hint, never in its text. */
  title: string;
  /** The title the client knows it by (their status page's), quoted as it is. */
  clientTitle?: string | null;
  /** The client reported it themselves: its description is their own message, never quoted back. */
  reportedByClient?: boolean;
  description: string;
  impact: string;
  fault: Fault;
  severity: Severity;
  /** What the client asked for, if they said. */
  clientRequest?: string;
  /** What we are doing to put it right: the remedy tasks still open or done, with their due dates. */
  remedies?: readonly { description: string; dueAt?: number | null }[];
  /** The latest compensation proposed or approved, if any. */
  compensation?: { status: string; kind: string; amountCents: number; currency: string; description?: string | null } | null;
  /** An update already promised and not yet due, if any: the next one is then that. */
  promisedUpdateAt?: number | null;
  now: number;
  timeZone: string;
}

/** What a draft covers, as a suggestion for the person's own ticks; it never ticks for them. */
export type Covers = Record<"apologised" | "explainedCause" | "offeredRemedy" | "gaveTimeline" | "askedHowToHelp", boolean>;

const HOUR = 3_600_000;
/** How soon the client hears from us next, by severity. */
export const NEXT_UPDATE_HOURS: Readonly<Record<Severity, number>> = { critical: 4, high: 24, medium: 48, low: 72 };

export function sentence(text: string): string {
  const t = text.trim().replace(/\s+/g, " ");
  if (!t) return "";
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** Words that are never a name, so a capital they start a phrase with can go ("On the next invoice"). */
const PLAIN_STARTS = new Set(["a", "an", "the", "on", "in", "for", "by", "with", "to", "at", "of", "our", "we", "as", "from", "after", "before", "until", "this", "that", "it", "its", "some", "all", "each", "every", "one", "two", "three"]);

/**
 * A phrase of ours or the records', to follow a colon or "you asked for": its first letter is
 * lower-cased only when its first word is a plain word written "On"/"The", so no name, acronym
 * or title is ever lower-cased ("DHL collects it", "Hannah's team" stay as written).
 */
export function lowerFirst(text: string): string {
  const first = /^[A-Z][a-z]*(?=\b)/.exec(text)?.[0];
  return first && PLAIN_STARTS.has(first.toLowerCase()) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Titles a person is addressed by with their surname ("Dr Hart"), not by a first name. */
const HONORIFICS = new Set(["dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir", "dame"]);

/** How a contact is addressed: their first name, or their title and surname when the name starts with a title. */
export function addressedAs(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length > 1 && HONORIFICS.has(words[0].replace(/\.$/, "").toLowerCase())) return `${words[0]} ${words[words.length - 1]}`;
  return words[0] || name;
}

const DAY: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long" };
const DAY_TIME: Intl.DateTimeFormatOptions = { ...DAY, hour: "2-digit", minute: "2-digit" };

export function formatPromise(epoch: number, timeZone: string, withTime: boolean): string {
  return formatInstant(epoch, timeZone, withTime ? DAY_TIME : DAY);
}

/** The next update: one already promised, or the severity's interval from now. */
export function nextUpdate(input: DraftInput): { at: number; when: string } {
  const promised = input.promisedUpdateAt && input.promisedUpdateAt > input.now ? input.promisedUpdateAt : null;
  const at = promised ?? input.now + NEXT_UPDATE_HOURS[input.severity] * HOUR;
  return { at, when: formatPromise(at, input.timeZone, input.severity === "critical") };
}

/** The remedy tasks as written, each with its due date, or none. */
export function remedyLines(input: DraftInput): string[] {
  return (input.remedies ?? [])
    .filter((r) => r.description.trim())
    .map((r) => {
      const what = r.description.trim().replace(/\s+/g, " ").replace(/\.$/, "");
      return r.dueAt ? `${what} (by ${formatPromise(r.dueAt, input.timeZone, false)})` : what;
    });
}

export const DOING_GAP = gap("what we are doing to put it right, and by when");

/** "Re-send the pallet (by Tuesday 24 November); Call the hub", or a gap: one line, for a script. */
export function doing(input: DraftInput): string {
  const tasks = remedyLines(input);
  return tasks.length ? tasks.join("; ") : DOING_GAP;
}

/** What we offer: the compensation on record, what the client asked for, or a gap. */
export function offer(input: DraftInput): string {
  const c = input.compensation;
  if (c) {
    // The kind is our own word ("Expedited shipping"), so it is lower-cased whole, with its article.
    const kind = labelOf(c.kind).toLowerCase();
    const amount = formatMoney(c.amountCents, c.currency);
    const what = c.kind === "other" ? amount : `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} of ${amount}`;
    const detail = c.description?.trim() ? ` (${lowerFirst(c.description.trim().replace(/\.$/, ""))})` : "";
    return c.status === "proposed" ? `we would like to offer you ${what}${detail}` : `we are giving you ${what}${detail}`;
  }
  if (input.clientRequest?.trim()) {
    // What they asked for is on record; whether we give it is not, so the draft promises nothing.
    return `we have noted that you asked for ${lowerFirst(input.clientRequest.trim().replace(/\.$/, ""))}, and ${gap("what we will do about it, and when")}`;
  }
  return input.fault === "ours" || input.fault === "shared" ? gap("what we offer") : gap("what we can offer");
}
