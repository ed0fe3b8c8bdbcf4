// Drafts the first notification to the client from the records, for a person to edit before
// logging it: a written one for a low or medium setback, a call script first for a high or
// critical one (lib/setbacks/call-script.ts), then the written confirmation of what was said.
// Owns the mistake when it is ours; acknowledges without blame when it is not; thanks a client
// who reported it themselves and names their reference. It speaks to the client, never about
// them: our own title and impact stay beside the draft as hints (draft-phrasing.ts). What the
// records do not know is left as a marked gap, never as text that could pass for what was said.
import { DOING_GAP, addressedAs, formatPromise, lowerFirst, nextUpdate, offer, remedyLines, sentence, type Covers, type DraftInput } from "./draft-parts";
import { hintsOf, subject, whatHappened, whatItMeant, type DraftHint, type Phrase } from "./draft-phrasing";
import type { Channel, Fault } from "./vocabulary";

export { NEXT_UPDATE_HOURS, type Covers, type DraftInput } from "./draft-parts";
export type { DraftHint } from "./draft-phrasing";

export interface Draft {
  kind: "written" | "call";
  channel: Channel;
  channelAdvice: string;
  summary: string;
  body: string;
  promise: string;
  promiseDueAt: number;
  /** What the text says, for the person to check against what they said: never ticked for them. */
  covers: Covers;
  /** Our own words for the gaps the person fills in the client's, shown beside the text. */
  hints: DraftHint[];
}

/** Owning it, or acknowledging it without blame, by fault. */
export const OWN_IT: Readonly<Record<Fault, string>> = {
  ours: "This was our mistake, and I am sorry.",
  shared: "Part of this was down to us, and I am sorry for our share in it.",
  external: "It started with one of our partners, but it reached you through us, so it is ours to put right, and I am sorry for the disruption.",
  client: "I am sorry for the trouble it is causing, and we want to help you get past it quickly.",
  // A client's own report before triage: no cause is claimed or denied yet.
  unassessed: "I am sorry for the trouble it is causing; we are finding out what happened.",
};

const ABOUT: Readonly<Record<Fault, string>> = {
  ours: "I am writing to tell you about a problem we caused:",
  shared: "I am writing to tell you about a problem:",
  external: "I am writing to tell you about a problem:",
  client: "I am writing about a problem that has come up:",
  unassessed: "I am writing about a problem:",
};

export function greeting(input: DraftInput): string {
  return input.contactName ? `Dear ${addressedAs(input.contactName)},` : `Dear ${input.clientName} team,`;
}

/** Drops a blank line that follows another blank line. */
export function lines(parts: readonly string[]): string {
  return parts.filter((line, i, all) => line !== "" || (all[i - 1] ?? "") !== "").join("\n");
}

/** What the client knows it as, when the draft names it: their title, else (their own report) nothing. */
export function topicOf(input: DraftInput): Phrase | null {
  return input.reportedByClient && !input.clientTitle?.trim() ? null : subject(input);
}

/** "First notification about report SB-0052: “Late delivery”": the log's headline, in words the client may see. */
export function summaryOf(what: string, input: DraftInput): string {
  const known = input.clientTitle?.trim();
  return `${what}${input.reportedByClient ? ` about report ${input.reference}` : ""}${known ? `: ${known}` : ""}`;
}

/** A letter: the greeting, its paragraphs (an empty one dropped), the sign-off. */
function letter(input: DraftInput, paragraphs: readonly (readonly (string | null | false)[])[]): string {
  const kept = paragraphs.map((p) => p.filter((line): line is string => Boolean(line))).filter((p) => p.length);
  return [greeting(input), "", ...kept.flatMap((p, i) => (i ? ["", ...p] : p)), "", "Kind regards,", input.senderName].join("\n");
}

/** What we are doing: the remedy tasks as written, one a line, or a gap. */
function doingLines(input: DraftInput): string[] {
  const tasks = remedyLines(input);
  if (tasks.length) return ["What we are doing about it:", ...tasks.map((t) => `- ${t}`)];
  // Before a client's report is assessed the opening already says we are finding out.
  return input.fault === "unassessed" ? [] : [`What we are doing about it: ${DOING_GAP}.`];
}

function offerLine(input: DraftInput): string | null {
  if (input.fault === "ours" || input.fault === "shared" || input.compensation) return `To make amends, ${offer(input)}.`;
  return input.fault === "unassessed" ? null : `If an alternative would help you in the meantime, ${offer(input)}.`;
}

function opening(input: DraftInput, topic: Phrase | null): string {
  if (!input.reportedByClient) return `${ABOUT[input.fault]} ${topic!.text}. ${OWN_IT[input.fault]}`;
  const told = topic ? `Thank you for letting us know about ${topic.text}.` : "Thank you for letting us know that something is not working for you.";
  return `${told} We have it as ${input.reference}. ${OWN_IT[input.fault]}`;
}

export function draftFirstNotification(input: DraftInput): Draft {
  const next = nextUpdate(input);
  const topic = topicOf(input);
  const why = whatHappened(input);
  const felt = whatItMeant(input);
  const offered = offerLine(input);
  const hearNext = input.fault === "unassessed" ? `You will hear from me again by ${next.when} with what we have found and what we will do about it` : `You will hear from me again by ${next.when}`;
  const body = letter(input, [
    [opening(input, topic)],
    [[why?.text, felt && `I understand that ${felt.text}.`].filter(Boolean).join(" ")],
    doingLines(input),
    [offered],
    [`${hearNext}, even if there is nothing new to report. If there is anything we can do for you in the meantime, tell me.`],
  ]);
  return {
    kind: "written",
    channel: "email",
    channelAdvice: "Email is fine for this severity; call if the client prefers it.",
    summary: summaryOf(input.reportedByClient ? "Reply" : "First notification", input),
    body,
    promise: input.fault === "unassessed" ? REPORT_PROMISE : PROMISE,
    promiseDueAt: next.at,
    covers: { apologised: true, explainedCause: Boolean(why), offeredRemedy: Boolean(offered), gaveTimeline: true, askedHowToHelp: true },
    hints: hintsOf([topic, why, felt]),
  };
}

export const PROMISE = "An update on the fix, even if there is nothing new";
/** Before a client's report is assessed there is no fix to speak of yet. */
const REPORT_PROMISE = "What we have found and what we will do about it";

/** What was logged of the call, which the written confirmation repeats. */
export interface LoggedCall {
  body: string;
  promise: string;
  promiseDueAt: number | null;
  occurredAt: number;
}

/** What the caller kept under a heading of the script ("What we are doing: …"), if they kept it. */
function saidUnder(body: string, heading: string): string | null {
  const line = body.split("\n").find((l) => l.startsWith(`${heading}:`));
  const said = line?.slice(heading.length + 1).trim().replace(/\.$/, "");
  return said ? said : null;
}

/**
 * After the call: the email that confirms in writing what was said and promised on it, in the
 * caller's own words where they kept the script's headings, the records' where not. The call's
 * summary is our note of it ("Told Hannah …"), so it is not repeated to the client.
 */
export function draftWrittenConfirmation(input: DraftInput, call: LoggedCall): Draft {
  const next = call.promiseDueAt ?? nextUpdate(input).at;
  const promised = call.promise.trim() ? lowerFirst(call.promise.trim().replace(/\.$/, "")) : "an update";
  const doingSaid = saidUnder(call.body, "What we are doing");
  const offerSaid = saidUnder(call.body, "What we can offer");
  const body = letter(input, [
    [`Thank you for speaking with me on ${formatPromise(call.occurredAt, input.timeZone, false)}. As promised, here is what we discussed, in writing.`],
    [...(doingSaid ? [`What we are doing about it: ${sentence(lowerFirst(doingSaid))}`] : doingLines(input)), offerSaid && `What we offered: ${sentence(lowerFirst(offerSaid))}`],
    [`You will hear from me again by ${formatPromise(next, input.timeZone, input.severity === "critical")}: ${promised}. If anything has changed since we spoke, or there is more we can do, tell me.`],
  ]);
  return {
    kind: "written",
    channel: "email",
    channelAdvice: "Confirm in writing what was said on the call.",
    summary: summaryOf("Written confirmation of the call", input),
    body,
    promise: call.promise,
    promiseDueAt: next,
    covers: { apologised: false, explainedCause: false, offeredRemedy: true, gaveTimeline: true, askedHowToHelp: true },
    hints: [],
  };
}
