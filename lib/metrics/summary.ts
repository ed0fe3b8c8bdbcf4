// Duration summaries: count, median, 90th percentile and mean, in hours.
// Percentiles use the nearest-rank method: of n values sorted ascending, the p-th percentile is
// the value at rank ceil(p/100 × n) (1-based). The median is the 50th percentile by that method,
// so for an even count it is the lower of the two middle values.

export const HOUR_MS = 3_600_000;

export interface Summary {
  count: number;
  medianHours: number | null;
  p90Hours: number | null;
  meanHours: number | null;
}

/** Rank ceil(p × n / 100) in whole numbers, as the SQL computes it: (p·n + 99) div 100. */
export function nearestRank(p: number, n: number): number {
  return Math.floor((p * n + 99) / 100);
}

export function percentile(sortedMs: ArrayLike<number>, p: number): number | null {
  if (sortedMs.length === 0) return null;
  return sortedMs[nearestRank(p, sortedMs.length) - 1];
}

export function summarize(valuesMs: readonly number[]): Summary {
  // A typed array sorts numerically and several times faster than an array with a comparator.
  return summarizeSorted(Float64Array.from(valuesMs).sort());
}

/** The same summary of values already in ascending order. */
export function summarizeSorted(sorted: ArrayLike<number>): Summary {
  if (sorted.length === 0) return { count: 0, medianHours: null, p90Hours: null, meanHours: null };
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i];
  return {
    count: sorted.length,
    medianHours: percentile(sorted, 50)! / HOUR_MS,
    p90Hours: percentile(sorted, 90)! / HOUR_MS,
    meanHours: sum / sorted.length / HOUR_MS,
  };
}
