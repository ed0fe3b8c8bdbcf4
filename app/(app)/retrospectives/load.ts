import "server-only";
import { getDb } from "@/db/client";
import { loadRetrospective, previousPeriod } from "@/db/queries/reports/retrospective";
import { getOrgSettings } from "@/db/queries/settings";
import { periodInput, resolvePeriod } from "@/lib/metrics/period";
import { toLocalDate } from "@/lib/time/zoned";

export async function loadRetro(params: Record<string, string | string[] | undefined>, now: number) {
  const input = periodInput.parse(params);
  const db = getDb();
  const settings = await getOrgSettings(db);
  const period = resolvePeriod(input, now, settings.timeZone);
  const before = previousPeriod(period, "");
  const day = (ms: number) => toLocalDate(ms, settings.timeZone);
  const previous = { ...before, label: `the previous period (${day(before.from)} to ${day(before.to - 1)})` };
  const retro = await loadRetrospective(db, period, previous, now, settings.recurrenceWindowDays, settings.currency);
  return { input, period, settings, retro };
}
