// The one marker of a gap in a drafted communication: what the records do not know is left as
// [[what we offer]], for the person to fill in or remove before logging. Double brackets, so a
// single bracket a person types ("[sic]", "[1]") is never taken for one; nothing but the marker
// is refused. The log-communication schema (lib/validation/records.ts) refuses a text with a gap.

const GAP = /\[\[([^[\]\n]{1,80})\]\]/g;

/** A gap for `what` (a few plain words: "what we offer"). */
export function gap(what: string): string {
  return `[[${what}]]`;
}

/** The gaps left in `text`, each named once, in order. */
export function unfilledGaps(text: string): string[] {
  const names = [...text.matchAll(GAP)].map((m) => m[1].trim());
  return [...new Set(names)];
}

/** "Fill in or remove: what we offer; when they will hear next" (a gap's own words may hold commas). */
export function gapMessage(names: readonly string[]): string {
  return `Fill in or remove: ${names.join("; ")}`;
}
