import "server-only";
import { getDb } from "@/db/client";
import { outcomeReport } from "@/db/queries/reports/outcome-report";
import { responseReport } from "@/db/queries/reports/response-report";
import { nextNotifyDeadline } from "@/db/queries/reports/response-times";
import { cachedRead } from "@/db/read-cache";
import { getOrgSettings } from "@/db/queries/settings";
import { resolvePeriod } from "@/lib/metrics/period";
import { reportInput } from "@/lib/validation/report";

/** One report, from URL parameters, for the page and the CSV export alike. */
export async function loadReport(params: Record<string, string | string[] | undefined>, now: number) {
  const input = reportInput.parse(params);
  const db = getDb();
  const settings = await getOrgSettings(db);
  const period = resolvePeriod(input, now, settings.timeZone);
  const { period: _kind, quarter: _q, from: _f, to: _t, ...filters } = input;
  const filter = { from: period.from, to: period.to, ...filters };
  // Cached until the data changes or a pending notification target is missed (db/read-cache.ts).
  const key = `report:${JSON.stringify([filter, settings.timeZone, settings.recurrenceWindowDays])}`;
  const { trend, tables } = await cachedRead(db, key, now, async () => {
    const [response, outcomes, validThrough] = await Promise.all([
      responseReport(db, filter, period, settings.timeZone, now),
      outcomeReport(db, filter, settings.recurrenceWindowDays),
      nextNotifyDeadline(db, filter, now),
    ]);
    return { value: { trend: response.trend, tables: [...response.tables, ...outcomes] }, validThrough };
  });
  return { input, period, timeZone: settings.timeZone, trend, tables };
}
