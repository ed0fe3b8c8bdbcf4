// Organisation-wide settings and the service-level defaults of PRODUCT.md.
import type { Severity } from "./setbacks/vocabulary";

export interface OrgSettings {
  currency: string;
  /** Compensation above this amount (minor units) needs a manager's approval. */
  approvalThresholdCents: number;
  recurrenceWindowDays: number;
  timeZone: string;
  organisationName: string;
}

export const DEFAULT_SETTINGS: OrgSettings = {
  currency: "EUR",
  approvalThresholdCents: 50_000,
  recurrenceWindowDays: 90,
  timeZone: "UTC",
  organisationName: "Amends",
};

export interface ServiceLevelTarget {
  severity: Severity;
  notifyHours: number;
  remedyHours: number;
  followUpHours: number;
}

export const DEFAULT_TARGETS: readonly ServiceLevelTarget[] = [
  { severity: "critical", notifyHours: 2, remedyHours: 2 * 24, followUpHours: 7 * 24 },
  { severity: "high", notifyHours: 8, remedyHours: 5 * 24, followUpHours: 7 * 24 },
  { severity: "medium", notifyHours: 24, remedyHours: 10 * 24, followUpHours: 7 * 24 },
  { severity: "low", notifyHours: 72, remedyHours: 20 * 24, followUpHours: 7 * 24 },
];
