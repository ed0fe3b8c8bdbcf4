// For a high or critical setback the client hears it from a person first: a short script for
// the call, in the order a good apology call takes (open, say what happened, own it or
// acknowledge it, the impact as they feel it, what we are doing, when they hear next, what we
// can offer, ask how we can help, then listen). It is logged as the call with the caller's
// own ticks and what the client said; the written confirmation follows (composer.ts). Like the
// letter it speaks to the client: our own title and impact are hints beside it, not its words.
import { PROMISE, lines, summaryOf, topicOf, type Draft } from "./composer";
import { gap } from "./draft-gaps";
import { addressedAs, doing, nextUpdate, offer, type DraftInput } from "./draft-parts";
import { CAUSE_GAP, IMPACT_GAP, hintsOf, whatHappened, whatItMeant } from "./draft-phrasing";
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
  const topic = topicOf(input);
  const why = whatHappened(input);
  const felt = whatItMeant(input);
  const who = input.contactName ? addressedAs(input.contactName) : `the ${input.clientName} team`;
  const about = input.reportedByClient ? `the report you sent us, ${input.reference}${topic ? ` (${topic.text})` : ""}` : topic!.text;
  const body = lines([
    `Opening: Hello ${who}, this is ${input.senderName}. I am calling about ${about}; do you have a few minutes?`,
    `What happened: ${why?.text ?? (input.fault === "unassessed" ? "we are still finding out; ask what they have seen." : gap(CAUSE_GAP))}`,
    OWN_IT[input.fault],
    `The impact as they feel it: I understand that ${felt?.text ?? gap(IMPACT_GAP)}.`,
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
    summary: summaryOf("Call", input),
    body,
    promise: PROMISE,
    promiseDueAt: next.at,
    covers: { apologised: input.fault !== "shared", explainedCause: Boolean(why), offeredRemedy: true, gaveTimeline: true, askedHowToHelp: true },
    hints: hintsOf([topic, why, felt]),
  };
}
