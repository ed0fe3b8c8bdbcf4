// Recurrence (PRODUCT.md): a setback recurs when the same client had another setback of the
// same category discovered strictly earlier and at most `windowDays` before it. Reference
// implementation on plain arrays; db/queries/reports/recurrence.ts must agree with it.

const DAY_MS = 86_400_000;

export interface RecurrenceSetback {
  id: number;
  clientId: number;
  category: string;
  discoveredAt: number;
  /** The lesson's root-cause category, when there is a lesson. */
  rootCause: string | null;
  /** When each preventive action of its lesson was marked done. */
  preventionDoneAt: readonly number[];
}

/** The earlier setbacks that make `s` recur, from `all` (which may reach before the period). */
export function earlierOnes(s: RecurrenceSetback, all: readonly RecurrenceSetback[], windowDays: number): RecurrenceSetback[] {
  return all.filter((a) => a.clientId === s.clientId && a.category === s.category && a.discoveredAt < s.discoveredAt && a.discoveredAt >= s.discoveredAt - windowDays * DAY_MS);
}

export function recurrenceRate(period: readonly RecurrenceSetback[], all: readonly RecurrenceSetback[], windowDays: number) {
  const recurring = period.filter((s) => earlierOnes(s, all, windowDays).length > 0);
  return { total: period.length, recurring: recurring.length, percent: period.length ? (100 * recurring.length) / period.length : null };
}

/** Groups of the period's setbacks sharing a pair of values, kept when two or more share it. */
export function recurringPairs(period: readonly RecurrenceSetback[], key: (s: RecurrenceSetback) => string | null) {
  const groups = new Map<string, number[]>();
  for (const s of period) {
    const k = key(s);
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), s.id]);
  }
  return [...groups.entries()]
    .filter(([, ids]) => ids.length >= 2)
    .map(([pair, ids]) => ({ pair, count: ids.length, ids: ids.sort((a, b) => a - b) }))
    .sort((a, b) => b.count - a.count || (a.pair < b.pair ? -1 : a.pair > b.pair ? 1 : 0));
}

/** A recurrence after a preventive action of the earlier setback's lesson was done: prevention that did not work. */
export function repeatsAfterPrevention(period: readonly RecurrenceSetback[], all: readonly RecurrenceSetback[], windowDays: number) {
  const pairs: { earlierId: number; laterId: number }[] = [];
  for (const later of period) {
    for (const earlier of earlierOnes(later, all, windowDays)) {
      if (earlier.preventionDoneAt.some((done) => done < later.discoveredAt)) pairs.push({ earlierId: earlier.id, laterId: later.id });
    }
  }
  return pairs.sort((a, b) => a.laterId - b.laterId || a.earlierId - b.earlierId);
}
