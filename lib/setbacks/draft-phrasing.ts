// What a draft says the setback is, in words for the client. The team writes a setback's title,
// description and impact about the client ("Service outage during the client's peak hours",
// "The client lost bookings"): pasted into a letter to that client they read wrong, and no
// rewriting of them is safe in general ("the client" → "you" breaks on "another client's").
// So the draft quotes the title the client knows (their status page's), keeps a description
// only as it was written and only when it speaks of no one in the third person, and otherwise
// leaves a marked gap with our own words beside the draft as a hint, never in its text.
import { withoutClientDetails } from "./client-details";
import { gap } from "./draft-gaps";
import { sentence, type DraftInput } from "./draft-parts";

/** Our own words for a gap, shown beside the draft: "Our title: Service outage during …". */
export interface DraftHint {
  gap: string;
  label: string;
  text: string;
}

/** A piece of the draft's text and, where it is a gap, the hint that goes with it. */
export interface Phrase {
  text: string;
  hint: DraftHint | null;
}

export const SUBJECT_GAP = "what happened, in their words";
export const CAUSE_GAP = "what went wrong, and why";
export const IMPACT_GAP = "what it meant for you";

function gapWith(name: string, label: string, text: string): Phrase {
  return { text: gap(name), hint: { gap: name, label, text } };
}

/** “Late delivery of your March order”, as the client knows it, or a gap beside our title. */
export function subject(input: DraftInput): Phrase {
  const known = input.clientTitle?.trim().replace(/\s+/g, " ");
  return known ? { text: `“${known}”`, hint: null } : gapWith(SUBJECT_GAP, "Our title", input.title.trim());
}

/** Speaks of the client in the third person: "the client", "their", the client's or a contact's name. */
export function speaksOfTheClient(text: string, input: Pick<DraftInput, "clientName" | "contactName">): boolean {
  if (/\b(the|our|this) client\b|^client\b|\b(they|them|their|theirs|themselves)\b/i.test(text)) return true;
  const names = [input.clientName, ...(input.contactName ?? "").split(/\s+/)].map((n) => n.trim().toLowerCase()).filter((n) => n.length >= 3);
  const lower = text.toLowerCase();
  return names.some((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(lower));
}

/**
 * What went wrong, from our description: as written, when it speaks of no one in the third person
 * and is not the client's own message; otherwise a gap. None before a client's report is assessed
 * (we do not know yet), or when there is no description.
 */
export function whatHappened(input: DraftInput): Phrase | null {
  const text = sentence(withoutClientDetails(input.description, input.clientDetails));
  if (!text || input.fault === "unassessed") return null;
  if (input.reportedByClient) return gapWith(CAUSE_GAP, "What they wrote", text);
  return speaksOfTheClient(text, input) ? gapWith(CAUSE_GAP, "Our description", text) : { text, hint: null };
}

/** What it meant for them: always in their words, so a gap beside the impact we recorded. */
export function whatItMeant(input: DraftInput): Phrase | null {
  const text = sentence(withoutClientDetails(input.impact, input.clientDetails));
  return text ? gapWith(IMPACT_GAP, input.reportedByClient ? "How they said it affects them" : "The impact, as we recorded it", text) : null;
}

/** The hints of the phrases a draft used, in order. */
export function hintsOf(phrases: readonly (Phrase | null)[]): DraftHint[] {
  return phrases.flatMap((p) => (p?.hint ? [p.hint] : []));
}
