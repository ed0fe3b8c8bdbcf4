import { z } from "zod";
import { SEVERITIES, type Severity } from "../setbacks/vocabulary";
import { isTimeZone } from "../time/zoned";
import { money, requiredText, asNumber } from "./fields";

const whole = (label: string, max: number) =>
  z.preprocess(
    (v) => (v === "" || v == null ? undefined : asNumber(v)),
    z.number({ error: `${label} must be a whole number` }).int(`${label} must be a whole number`).min(1, `${label} must be at least 1`).max(max, `${label} must be at most ${max}`),
  );

/** Field names of the targets form: notify_critical, remedy_critical, follow_up_critical, … */
export const targetField = (kind: "notify" | "remedy" | "follow_up", severity: Severity) => `${kind}_${severity}`;

export const targetsInput = z.object(
  Object.fromEntries(
    SEVERITIES.flatMap((s) => [
      [targetField("notify", s), whole("Hours", 24 * 30)],
      [targetField("remedy", s), whole("Days", 365)],
      [targetField("follow_up", s), whole("Days", 365)],
    ]),
  ) as Record<string, ReturnType<typeof whole>>,
);

export const orgSettingsInput = z.object({
  organisationName: requiredText("Organisation name", 100),
  currency: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
    z.string().regex(/^[A-Z]{3}$/, "Use a three-letter currency code, like EUR").refine((c) => {
      try {
        new Intl.NumberFormat("en", { style: "currency", currency: c });
        return true;
      } catch {
        return false;
      }
    }, "Use a three-letter currency code, like EUR"),
  ),
  approvalThresholdCents: money("Approval threshold"),
  recurrenceWindowDays: whole("Recurrence window", 3650),
  timeZone: z.string().trim().refine(isTimeZone, "Use a time zone name, like Europe/Paris"),
});
