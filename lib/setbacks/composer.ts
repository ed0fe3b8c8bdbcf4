// Drafts the first notification to the client from the records, for a person to edit before
// logging it: a written one for a low or medium setback, a call script first for a high or
// critical one (lib/setbacks/call-script.ts), then the written confirmation of what was said.
// Owns the mistake when it is ours; acknowledges without blame when it is not. What the records
// do not know is left as a marked gap, never as text that could pass for what was said.
import { cause, doing, addressedAs, formatPromise, impact, lowerFirst, nextUpdate, offer, sentence, type Covers, type DraftInput } from "./draft-parts";
import type { Channel, Fault } from "./vocabulary";

export { NEXT_UPDATE_HOURS, type Covers, type DraftInput } from "./draft-parts";

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
}

const OPENING: Readonly<Record<Fault, (title: string) => string>> = {
  ours: (t) => `I am writing to tell you about a problem we caused: ${t}. This was our mistake, and I am sorry.`,
  shared: (t) => `I am writing to tell you about a problem: ${t}. Part of this was down to us, and I am sorry for our share in it.`,
  external: (t) => `I am writing to tell you about a problem: ${t}. It started with one of our partners, but it reached you through us, so it is ours to put right, and I am sorry for the disruption.`,
  client: (t) => `I am writing about a problem that has come up: ${t}. I am sorry for the trouble it is causing, and we want to help you get past it quickly.`,
  // A client's own report before triage: no cause is claimed or denied yet.
  unassessed: (t) => `Thank you for telling us about ${t}. I am sorry for the trouble it is causing; we are finding out what happened.`,
};

export function greeting(input: DraftInput): string {
  return input.contactName ? `Dear ${addressedAs(input.contactName)},` : `Dear ${input.clientName} team,`;
}

/** Drops a blank line that follows another blank line. */
export function lines(parts: readonly string[]): string {
  return parts.filter((line, i, all) => line !== "" || (all[i - 1] ?? "") !== "").join("\n");
}

const PROMISE = "An update on the fix, even if there is nothing new";

export function draftFirstNotification(input: DraftInput): Draft {
  const next = nextUpdate(input);
  const why = cause(input);
  const felt = impact(input);
  const offered = offer(input);
  const body = lines([
    greeting(input),
    "",
    OPENING[input.fault](lowerFirst(input.title.trim())),
    [why ? `What happened: ${lowerFirst(why)}` : "", felt ? `We understand what this means for you: ${lowerFirst(felt)}` : ""].filter(Boolean).join(" "),
    `What we are doing about it: ${doing(input)}.`,
    input.fault === "ours" || input.fault === "shared" || input.compensation ? `To make amends, ${offered}.` : `If an alternative would help you in the meantime, ${offered}.`,
    `You will hear from me again by ${next.when}, even if there is nothing new to report.`,
    "If there is anything we can do for you in the meantime, tell me.",
    "",
    "Kind regards,",
    input.senderName,
  ]);
  return {
    kind: "written",
    channel: "email",
    channelAdvice: "Email is fine for this severity; call if the client prefers it.",
    summary: `First notification: ${input.title.trim()}`,
    body,
    promise: PROMISE,
    promiseDueAt: next.at,
    covers: { apologised: true, explainedCause: Boolean(why), offeredRemedy: true, gaveTimeline: true, askedHowToHelp: true },
  };
}

/** What was logged of the call, which the written confirmation repeats. */
export interface LoggedCall {
  summary: string;
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

/** After the call: the email that confirms in writing what was said and promised on it. */
export function draftWrittenConfirmation(input: DraftInput, call: LoggedCall): Draft {
  const next = call.promiseDueAt ?? nextUpdate(input).at;
  const promised = call.promise.trim() ? lowerFirst(call.promise.trim().replace(/\.$/, "")) : "an update";
  const topic = call.summary.replace(/^call:\s*/i, "").trim();
  // The call's own words where the script's headings were kept; the records where not.
  const doingSaid = saidUnder(call.body, "What we are doing") ?? doing(input);
  const offerSaid = saidUnder(call.body, "What we can offer");
  const said = [
    topic && topic.toLowerCase() !== input.title.trim().toLowerCase() ? `As we discussed: ${lowerFirst(sentence(topic))}` : null,
    `What we are doing about it: ${lowerFirst(doingSaid)}.`,
    offerSaid ? `What we offered: ${lowerFirst(offerSaid)}.` : null,
  ].filter((line): line is string => line !== null);
  const body = lines([
    greeting(input),
    "",
    `Thank you for speaking with me on ${formatPromise(call.occurredAt, input.timeZone, false)} about ${lowerFirst(input.title.trim())}. As promised, here is what we discussed, in writing.`,
    ...said,
    `You will hear from me again by ${formatPromise(next, input.timeZone, input.severity === "critical")}: ${promised}.`,
    "If anything has changed since we spoke, or there is more we can do, tell me.",
    "",
    "Kind regards,",
    input.senderName,
  ]);
  return {
    kind: "written",
    channel: "email",
    channelAdvice: "Confirm in writing what was said on the call.",
    summary: `Written confirmation: ${input.title.trim()}`,
    body,
    promise: call.promise,
    promiseDueAt: next,
    covers: { apologised: false, explainedCause: false, offeredRemedy: true, gaveTimeline: true, askedHowToHelp: true },
  };
}
