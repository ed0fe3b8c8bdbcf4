// The approval threshold applies to a setback's compensation total, not to each proposal: three
// proposals of 499.99 are 1,499.97 granted for one setback, and splitting must not skip the manager.
import { formatMoney } from "../money";
import type { COMPENSATION_STATUSES } from "./vocabulary";

export interface CompensationAmount {
  amountCents: number;
  currency: string;
  status: (typeof COMPENSATION_STATUSES)[number];
}

export interface ThresholdDecision {
  needsApproval: boolean;
  /** Issued + approved + waiting + this one, in `currency`. */
  totalCents: number;
  thresholdCents: number;
  currency: string;
  /** Currencies of other compensation on the setback (imported, or from before a currency change). */
  otherCurrencies: string[];
}

/** What counts towards the total: everything granted or still asked for; a rejection grants nothing. */
export function countsTowardsTotal(status: CompensationAmount["status"]): boolean {
  return status !== "rejected";
}

/** The setback's compensation so far in `currency`, and the other currencies it also holds. */
export function compensationTotal(existing: readonly CompensationAmount[], currency: string): { totalCents: number; otherCurrencies: string[] } {
  let totalCents = 0;
  const others = new Set<string>();
  for (const c of existing) {
    if (!countsTowardsTotal(c.status)) continue;
    if (c.currency === currency) totalCents += c.amountCents;
    else others.add(c.currency);
  }
  return { totalCents, otherCurrencies: [...others].sort() };
}

/**
 * A new proposal stands approved only while the setback's total, with it, stays within the
 * threshold. Amounts in another currency cannot be added up without a rate, so a manager decides.
 */
export function decideApproval(existing: readonly CompensationAmount[], amountCents: number, currency: string, thresholdCents: number): ThresholdDecision {
  const sofar = compensationTotal(existing, currency);
  const totalCents = sofar.totalCents + amountCents;
  const needsApproval = totalCents > thresholdCents || sofar.otherCurrencies.length > 0;
  return { needsApproval, totalCents, thresholdCents, currency, otherCurrencies: sofar.otherCurrencies };
}

/** What the person who proposed it reads. */
export function describeDecision(d: ThresholdDecision): string {
  const total = formatMoney(d.totalCents, d.currency);
  const threshold = formatMoney(d.thresholdCents, d.currency);
  if (d.otherCurrencies.length) {
    return `Proposed; this setback also has compensation in ${d.otherCurrencies.join(", ")}, so a manager approves it (${total} in ${d.currency}).`;
  }
  if (d.needsApproval) return `Proposed; the setback's compensation would total ${total}, above the ${threshold} threshold, so a manager approves it.`;
  return `Recorded and approved: the setback's compensation totals ${total}, within the ${threshold} threshold.`;
}

const STANDING_WORDS = { issued: "issued", approved: "approved", proposed: "waiting for approval" } as const;

/**
 * The compensation that stands on a setback (issued, approved, waiting), in words: "1 approved
 * (€499.99), 2 waiting for approval (€999.98)"; null when none stands (none, or all rejected).
 */
export function describeStanding(existing: readonly CompensationAmount[]): string | null {
  const parts: string[] = [];
  for (const status of Object.keys(STANDING_WORDS) as (keyof typeof STANDING_WORDS)[]) {
    const these = existing.filter((c) => c.status === status);
    if (!these.length) continue;
    const totals = new Map<string, number>();
    for (const c of these) totals.set(c.currency, (totals.get(c.currency) ?? 0) + c.amountCents);
    parts.push(`${these.length} ${STANDING_WORDS[status]} (${[...totals].map(([currency, cents]) => formatMoney(cents, currency)).join(" + ")})`);
  }
  return parts.length ? parts.join(", ") : null;
}
