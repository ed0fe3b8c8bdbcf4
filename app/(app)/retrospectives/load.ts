import "server-only";
import { getDb } from "@/db/client";
import { loadRetrospective } from "@/db/queries/reports/retrospective";
import { getOrgSettings } from "@/db/queries/settings";
import { periodInput, previousPeriodOf, resolvePeriod } from "@/lib/metrics/period";

export async function loadRetro(params: Record<string, string | string[] | undefined>, now: number) {
  const input = periodInput.parse(params);
  const db = getDb();
  const settings = await getOrgSettings(db);
  const period = resolvePeriod(input, now, settings.timeZone);
  const before = previousPeriodOf(input, period, now, settings.timeZone);
  const previous = { ...before, label: input.period === "quarter" ? before.label : `the previous period (${before.label})` };
  const retro = await loadRetrospective(db, period, previous, now, settings.recurrenceWindowDays, settings.currency);
  return { input, period, settings, retro };
}
