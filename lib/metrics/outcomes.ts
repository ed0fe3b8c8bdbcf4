// Reference implementations of compensation, outcome and communication-quality figures, on
// plain arrays; db/queries/reports/outcomes.ts must agree with them.
import { PERSONAL_CHANNELS, UNASSESSED } from "../setbacks/vocabulary";
import { HOUR_MS } from "./summary";

export interface OutcomeSetback {
  id: number;
  discoveredAt: number;
  notifyTargetHours: number;
  reopenCount: number;
  closedAsMinor: boolean;
  keys: Record<"category" | "client" | "fault", string>;
  compensations: readonly { kind: string; amountCents: number; currency: string; status: string }[];
  followUps: readonly { id: number; status: string; doneAt: number | null; satisfaction: number | null; retained: boolean | null }[];
  communications: readonly {
    id: number; direction: string; channel: string; occurredAt: number; correctsId: number | null;
    apologised: boolean; explainedCause: boolean; offeredRemedy: boolean; gaveTimeline: boolean;
  }[];
}

const granted = (status: string) => status === "approved" || status === "issued";
const share = (part: number, whole: number) => (whole ? (100 * part) / whole : null);

export function compensationTotals(setbacks: readonly OutcomeSetback[], by: "kind" | "category" | "client" | "fault") {
  const totals = new Map<string, { group: string; currency: string; totalCents: number; count: number }>();
  for (const s of setbacks) {
    // Not yet assessed: outside the fault breakdown until it is set (docs/decisions/006).
    if (by === "fault" && s.keys.fault === UNASSESSED) continue;
    for (const c of s.compensations.filter((c) => granted(c.status))) {
      const group = by === "kind" ? c.kind : s.keys[by];
      const key = `${group}\u0000${c.currency}`;
      const t = totals.get(key) ?? { group, currency: c.currency, totalCents: 0, count: 0 };
      t.totalCents += c.amountCents;
      t.count += 1;
      totals.set(key, t);
    }
  }
  return [...totals.values()].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : a.currency < b.currency ? -1 : 1));
}

export function compensationShare(setbacks: readonly OutcomeSetback[]) {
  const compensated = setbacks.filter((s) => s.compensations.some((c) => granted(c.status)));
  const perCurrency = new Map<string, { totalCents: number; setbacks: number }>();
  for (const s of compensated) {
    const currencies = new Set(s.compensations.filter((c) => granted(c.status)).map((c) => c.currency));
    for (const currency of currencies) {
      const entry = perCurrency.get(currency) ?? { totalCents: 0, setbacks: 0 };
      entry.totalCents += s.compensations.filter((c) => granted(c.status) && c.currency === currency).reduce((a, c) => a + c.amountCents, 0);
      entry.setbacks += 1;
      perCurrency.set(currency, entry);
    }
  }
  return {
    compensated: compensated.length,
    total: setbacks.length,
    percent: share(compensated.length, setbacks.length),
    averages: [...perCurrency.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, e]) => ({ currency, averageCents: e.totalCents / e.setbacks })),
  };
}

export function outcomeFigures(setbacks: readonly OutcomeSetback[]) {
  const scores = setbacks.flatMap((s) => s.followUps.filter((f) => f.status === "done" && f.satisfaction !== null).map((f) => f.satisfaction!));
  let known = 0;
  let retained = 0;
  for (const s of setbacks) {
    const last = s.followUps
      .filter((f) => f.status === "done" && f.retained !== null && f.doneAt !== null)
      .sort((a, b) => a.doneAt! - b.doneAt! || a.id - b.id)
      .at(-1);
    if (last) {
      known += 1;
      if (last.retained) retained += 1;
    }
  }
  const reopened = setbacks.filter((s) => s.reopenCount > 0).length;
  return {
    meanSatisfaction: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    satisfactionCount: scores.length,
    retentionPercent: share(retained, known),
    retentionKnown: known,
    reopenPercent: share(reopened, setbacks.length),
    closedAsMinor: setbacks.filter((s) => s.closedAsMinor).length,
  };
}

/** Of each setback's first notification: what it did, how it was delivered, whether it was late. */
export function communicationQuality(setbacks: readonly OutcomeSetback[]) {
  const firsts = setbacks.flatMap((s) => {
    const corrected = new Set(s.communications.map((c) => c.correctsId).filter((x) => x !== null));
    const first = s.communications
      .filter((c) => c.direction === "outbound" && !corrected.has(c.id))
      .sort((a, b) => a.occurredAt - b.occurredAt || a.id - b.id)[0];
    return first ? [{ first, late: first.occurredAt > s.discoveredAt + s.notifyTargetHours * HOUR_MS }] : [];
  });
  const n = firsts.length;
  const count = (test: (f: (typeof firsts)[number]) => boolean) => share(firsts.filter(test).length, n);
  return {
    notifications: n,
    apologyPercent: count((f) => f.first.apologised),
    causePercent: count((f) => f.first.explainedCause),
    remedyPercent: count((f) => f.first.offeredRemedy),
    timelinePercent: count((f) => f.first.gaveTimeline),
    personalPercent: count((f) => (PERSONAL_CHANNELS as readonly string[]).includes(f.first.channel)),
    latePercent: count((f) => f.late),
  };
}
