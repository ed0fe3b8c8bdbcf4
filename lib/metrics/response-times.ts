// The reference implementation of PRODUCT.md's response-time metrics, on plain arrays. The SQL
// in db/queries/reports/ must agree with it exactly; tests check that on random histories.
import { HOUR_MS, summarize, type Summary } from "./summary";

/** One setback of the period, with its derived stage timestamps (lib/setbacks/milestones.ts). */
export interface SetbackFacts {
  id: number;
  clientId: number;
  category: string;
  severity: string;
  ownerId: number | null;
  fault: string;
  source: string;
  /** Null when nobody has said when it happened (a client's report; decision 013). */
  occurredAt: number | null;
  discoveredAt: number;
  notifiedAt: number | null;
  remediedAt: number | null;
  followedUpAt: number | null;
  closedAt: number | null;
  notifyTargetHours: number;
}

export const RESPONSE_METRICS = ["ttn", "ttr", "ttf", "ttc", "lag"] as const;
export type ResponseMetric = (typeof RESPONSE_METRICS)[number];

export const METRIC_NAMES: Record<ResponseMetric, string> = {
  ttn: "Time to notify",
  ttr: "Time to remedy",
  ttf: "Time to follow-up",
  ttc: "Time to close",
  lag: "Detection lag",
};

/** The duration a metric measures for one setback, or null when it has not happened yet. */
export function metricValue(metric: ResponseMetric, s: SetbackFacts): number | null {
  switch (metric) {
    case "ttn":
      return s.notifiedAt === null ? null : s.notifiedAt - s.discoveredAt;
    case "ttr":
      return s.remediedAt === null ? null : s.remediedAt - s.discoveredAt;
    case "ttf":
      return s.followedUpAt === null || s.remediedAt === null ? null : s.followedUpAt - s.remediedAt;
    case "ttc":
      return s.closedAt === null ? null : s.closedAt - s.discoveredAt;
    case "lag":
      return s.occurredAt === null ? null : s.discoveredAt - s.occurredAt;
  }
}

export function responseSummary(metric: ResponseMetric, setbacks: readonly SetbackFacts[]): Summary {
  return summarize(setbacks.map((s) => metricValue(metric, s)).filter((v): v is number => v !== null));
}

export interface TargetMet {
  met: number;
  missed: number;
  /** Not notified yet, still within the target: neither met nor missed. */
  pending: number;
  percent: number | null;
}

/**
 * Notification target met %: notified at or before discovery + the severity's target counts as
 * met; notified later, or still unnotified once the target has passed, counts as missed.
 */
export function notificationTargetMet(setbacks: readonly SetbackFacts[], now: number): TargetMet {
  let met = 0;
  let missed = 0;
  let pending = 0;
  for (const s of setbacks) {
    const deadline = s.discoveredAt + s.notifyTargetHours * HOUR_MS;
    if (s.notifiedAt !== null) {
      if (s.notifiedAt <= deadline) met += 1;
      else missed += 1;
    } else if (now > deadline) missed += 1;
    else pending += 1;
  }
  return { met, missed, pending, percent: met + missed === 0 ? null : (100 * met) / (met + missed) };
}
