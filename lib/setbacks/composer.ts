// Drafts the first notification to the client from the setback's fields, for a person to edit
// before logging it. Owns the mistake when it is ours; acknowledges without blame when it is not.
import { formatInstant } from "../time/zoned";
import type { Channel, Fault, Severity } from "./vocabulary";

export interface DraftInput {
  clientName: string;
  contactName?: string | null;
  senderName: string;
  title: string;
  description: string;
  impact: string;
  fault: Fault;
  severity: Severity;
  /** What the client asked for, if they said. */
  clientRequest?: string;
  /** What we are doing to put it right: the remedy tasks' descriptions, if any yet. */
  remedies?: readonly string[];
  now: number;
  timeZone: string;
}

export interface Draft {
  channel: Channel;
  channelAdvice: string;
  summary: string;
  body: string;
  promise: string;
  promiseDueAt: number;
  apologised: boolean;
  explainedCause: boolean;
  offeredRemedy: boolean;
  gaveTimeline: boolean;
  askedHowToHelp: boolean;
}

const HOUR = 3_600_000;
/** How soon the client hears from us next, by severity. */
export const NEXT_UPDATE_HOURS: Readonly<Record<Severity, number>> = { critical: 4, high: 24, medium: 48, low: 72 };

const OPENING: Readonly<Record<Fault, (title: string) => string>> = {
  ours: (t) => `I am writing to tell you about a problem we caused: ${t}. This was our mistake, and I am sorry.`,
  shared: (t) => `I am writing to tell you about a problem: ${t}. Part of this was down to us, and I am sorry for our share in it.`,
  external: (t) => `I am writing to tell you about a problem: ${t}. It started with one of our partners, but it reached you through us, so it is ours to put right, and I am sorry for the disruption.`,
  client: (t) => `I am writing about a problem that has come up: ${t}. I am sorry for the trouble it is causing, and we want to help you get past it quickly.`,
  // A client's own report before triage: no cause is claimed or denied yet.
  unassessed: (t) => `Thank you for telling us about ${t}. I am sorry for the trouble it is causing; we are finding out what happened.`,
};

function sentence(text: string): string {
  const t = text.trim().replace(/\s+/g, " ");
  if (!t) return "";
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

const PROMISE_DAY: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long" };
const PROMISE_TIME: Intl.DateTimeFormatOptions = { ...PROMISE_DAY, hour: "2-digit", minute: "2-digit" };

function formatPromiseDate(epoch: number, timeZone: string, withTime: boolean): string {
  return formatInstant(epoch, timeZone, withTime ? PROMISE_TIME : PROMISE_DAY);
}

export function draftFirstNotification(input: DraftInput): Draft {
  const personal = input.severity === "high" || input.severity === "critical";
  const promiseDueAt = input.now + NEXT_UPDATE_HOURS[input.severity] * HOUR;
  const when = formatPromiseDate(promiseDueAt, input.timeZone, input.severity === "critical");
  const greeting = input.contactName ? `Dear ${firstName(input.contactName)},` : `Dear ${input.clientName} team,`;
  const cause = sentence(input.description);
  const impact = input.impact.trim() ? `We understand what this means for you: ${lowerFirst(sentence(input.impact))}` : "";
  const remedies = input.remedies?.filter((r) => r.trim()) ?? [];
  const doing = remedies.length
    ? `What we are doing about it: ${remedies.map((r) => lowerFirst(r.trim().replace(/\.$/, ""))).join("; ")}.`
    : "We are working on the fix now, and I will tell you exactly what we are changing.";
  const offer = input.clientRequest?.trim()
    ? `You asked for ${lowerFirst(input.clientRequest.trim().replace(/\.$/, ""))}; we are arranging that and will confirm it with you.`
    : input.fault === "ours" || input.fault === "shared"
      ? "To make amends, we would like to offer [what we offer: a refund, credit, replacement or alternative]."
      : "If an alternative would help you in the meantime, [what we can offer], just say.";
  const body = [
    greeting,
    "",
    OPENING[input.fault](lowerFirst(input.title.trim())),
    [cause ? `What happened: ${lowerFirst(cause)}` : "", impact].filter(Boolean).join(" "),
    doing,
    offer,
    `You will hear from me again by ${when}, even if there is nothing new to report.`,
    "If there is anything we can do for you in the meantime, tell me.",
    "",
    "Kind regards,",
    input.senderName,
  ]
    .filter((line, i, all) => line !== "" || (all[i - 1] ?? "") !== "")
    .join("\n");
  return {
    channel: personal ? "phone" : "email",
    channelAdvice: personal
      ? "For a high or critical setback, tell them in person: call them (or a video call), then confirm in writing."
      : "Email is fine for this severity; call if the client prefers it.",
    summary: `First notification: ${input.title.trim()}`,
    body,
    promise: "An update on the fix, even if there is nothing new",
    promiseDueAt,
    apologised: true,
    explainedCause: Boolean(cause),
    offeredRemedy: true,
    gaveTimeline: true,
    askedHowToHelp: true,
  };
}
