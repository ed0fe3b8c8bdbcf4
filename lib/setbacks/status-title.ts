// What the client's status page calls a setback. Never the internal title (the team writes it
// about the client, in its own words): the title set for the client; for their own report, the
// first line they wrote; else a neutral one they recognise, "Your delay of 3 December". Two
// entries never read the same: a repeated one gets its reference ("… (SB-0012)").
import { formatReference } from "./reference";
import { formatInstant } from "../time/zoned";

/** The default categories in the client's words; any other (an organisation's own) is "issue". */
const PLAIN_CATEGORY: Readonly<Record<string, string>> = {
  delay: "delay",
  stock_out: "out-of-stock order",
  billing_error: "invoice problem",
  quality_defect: "quality problem",
  expectation_gap: "concern",
  failure: "service failure",
  change_of_terms: "change of terms",
  communication_lapse: "missed message",
  external: "delivery problem",
};

export interface StatusTitleSource {
  number: number;
  clientTitle: string | null;
  /** The first line of their own report (its inbound web-form message), when it is one. */
  ownFirstLine: string | null;
  category: string;
  discoveredAt: number;
}

/** "Your delay of 3 December" (the year added when it is not this year's), in the organisation's zone. */
export function neutralTitle(s: Pick<StatusTitleSource, "category" | "discoveredAt">, timeZone: string, now: number): string {
  const year = (at: number) => formatInstant(at, timeZone, { year: "numeric" });
  const day = formatInstant(s.discoveredAt, timeZone, year(s.discoveredAt) === year(now) ? { day: "numeric", month: "long" } : { day: "numeric", month: "long", year: "numeric" });
  return `Your ${PLAIN_CATEGORY[s.category] ?? "issue"} of ${day}`;
}

/** Each entry's title, in the order given; the ones that would read alike carry their reference. */
export function statusTitles(entries: readonly StatusTitleSource[], timeZone: string, now: number): string[] {
  const titles = entries.map((s) => s.clientTitle?.trim() || s.ownFirstLine?.trim() || neutralTitle(s, timeZone, now));
  const seen = new Map<string, number>();
  for (const t of titles) seen.set(t.toLowerCase(), (seen.get(t.toLowerCase()) ?? 0) + 1);
  return titles.map((t, i) => ((seen.get(t.toLowerCase()) ?? 0) > 1 ? `${t} (${formatReference(entries[i].number)})` : t));
}
