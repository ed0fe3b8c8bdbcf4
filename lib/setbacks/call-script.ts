// For a high or critical setback the client hears it from a person first: a short script for
// the call, in the order a good apology call takes (open, say what happened, own it or
// acknowledge it, the impact as they feel it, what we are doing, when they hear next, what we
// can offer, ask how we can help, then listen). It is logged as the call with the caller's
// own ticks and what the client said; the written confirmation follows (composer.ts).
import { lines, type Draft } from "./composer";
import { gap } from "./draft-gaps";
import { cause, doing, addressedAs, impact, lowerFirst, nextUpdate, offer, type DraftInput } from "./draft-parts";
import { clockSeverity, type Fault, type SeverityValue } from "./vocabulary";

/** High and critical setbacks: call first. */
export function callsFirst(severity: SeverityValue): boolean {
  // Not yet assessed runs on the critical targets (docs/decisions/013): the client is waiting.
  const s = clockSeverity(severity);
  return s === "high" || s === "critical";
}

const OWN_IT: Readonly<Record<Fault, string>> = {
  ours: "Own it: this was our mistake, and I am sorry.",
  shared: `Our part: part of this was down to us (${gap("what we got wrong")}), and I am sorry for our share in it.`,
  external: "Acknowledge it: it started with one of our partners, but it reached you through us, so it is ours to put right. I am sorry for the disruption.",
  client: "Acknowledge it, without blame: I am sorry for the trouble this is causing, and we want to help you get past it quickly.",
  // A client's own report before triage: no fault is claimed or denied until it is assessed.
  unassessed: "Acknowledge it: I am sorry for the trouble this is causing; we are finding out what happened and will tell you what we learn.",
};

export function draftCallScript(input: DraftInput): Draft {
  const next = nextUpdate(input);
  const why = cause(input);
  const felt = impact(input);
  const who = input.contactName ? addressedAs(input.contactName) : `the ${input.clientName} team`;
  const body = lines([
    `Opening: Hello ${who}, this is ${input.senderName}. I am calling about ${lowerFirst(input.title.trim())}; do you have a few minutes?`,
    `What happened: ${why ? lowerFirst(why) : gap("what happened, in a sentence")}`,
    OWN_IT[input.fault],
    felt ? `The impact as they feel it: I understand this means ${lowerFirst(felt)}` : `The impact as they feel it: ${gap("how it affects them")}`,
    `What we are doing: ${doing(input)}.`,
    `When they will hear next: you will hear from me again by ${next.when}, even if there is nothing new.`,
    `What we can offer: ${offer(input)}.`,
    "Ask: how can we help you most right now?",
    `Then listen. What they said: ${gap("what they said")}`,
  ]);
  return {
    kind: "call",
    channel: "phone",
    channelAdvice: "A high or critical setback: call them first (phone, video or in person). Log the call with what you actually said and what they said, then confirm in writing.",
    summary: `Call: ${input.title.trim()}`,
    body,
    promise: "An update on the fix, even if there is nothing new",
    promiseDueAt: next.at,
    covers: { apologised: input.fault !== "shared", explainedCause: Boolean(why), offeredRemedy: true, gaveTimeline: true, askedHowToHelp: true },
  };
}
