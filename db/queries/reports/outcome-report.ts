// The recurrence, compensation, outcome and communication-quality part of /reports.
import { inArray } from "drizzle-orm";
import {
  compensationTable,
  outcomesTable,
  pairsTable,
  qualityTable,
  recurrenceTable,
  repeatsTable,
} from "../../../lib/metrics/outcome-tables";
import type { ReportTable } from "../../../lib/metrics/report-tables";
import { labelOf } from "../../../lib/setbacks/vocabulary";
import { categories, clients } from "../../schema";
import type { Conn } from "../../client";
import type { ReportFilter } from "./base";
import { communicationQuality, compensationShare, compensationTotals, outcomeFigures } from "./outcomes";
import { recurrenceRate, recurringPairs, repeatsAfterPrevention } from "./recurrence";

export async function outcomeReport(conn: Conn, filter: ReportFilter, windowDays: number): Promise<ReportTable[]> {
  const [rate, byClient, byCause, repeats, byKind, byCategory, byClientMoney, byFault, share, outcomes, quality] = await Promise.all([
    recurrenceRate(conn, filter, windowDays),
    recurringPairs(conn, filter, "client_category"),
    recurringPairs(conn, filter, "category_root_cause"),
    repeatsAfterPrevention(conn, filter, windowDays),
    compensationTotals(conn, filter, "kind"),
    compensationTotals(conn, filter, "category"),
    compensationTotals(conn, filter, "client"),
    compensationTotals(conn, filter, "fault"),
    compensationShare(conn, filter),
    outcomeFigures(conn, filter),
    communicationQuality(conn, filter),
  ]);
  // Names in one query each, not one per row: a year may have compensated hundreds of clients.
  const categoryLabels = new Map(conn.select({ key: categories.key, label: categories.label }).from(categories).all().map((c) => [c.key, c.label]));
  const clientIds = [...new Set(byClientMoney.map((r) => Number(r.group)))];
  const clientNames = new Map(clientIds.length ? conn.select({ id: clients.id, name: clients.name }).from(clients).where(inArray(clients.id, clientIds)).all().map((c) => [String(c.id), c.name]) : []);
  const categoryLabel = (key: string) => categoryLabels.get(key) ?? key;
  const clientName = (id: string) => clientNames.get(id) ?? id;
  return [
    recurrenceTable(rate, windowDays),
    pairsTable("pairs-client-category", "Recurring pairs: client × category", byClient),
    pairsTable("pairs-category-root-cause", "Recurring pairs: category × root cause", byCause),
    repeatsTable(repeats),
    outcomesTable(share, outcomes),
    qualityTable(quality),
    compensationTable("compensation-by-kind", "Kind", byKind, labelOf),
    compensationTable("compensation-by-category", "Category", byCategory, categoryLabel),
    compensationTable("compensation-by-client", "Client", byClientMoney, clientName),
    compensationTable("compensation-by-fault", "Fault", byFault, labelOf),
  ];
}
