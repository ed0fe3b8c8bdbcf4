// CSV import of past setbacks: a dry run reports every bad row, and nothing is written until
// the whole file is clean; then the import is one transaction. Re-imported ids are skipped.
import { z } from "zod";
import { clientsByNameKey } from "../../db/writes/clients";
import { importedExternalIds, lookupMaps, writeImportedRows } from "../../db/writes/import";
import { readOrgSettings } from "../../db/writes/settings";
import { checkbox } from "../validation/fields";
import { planClients, type ClientPlan } from "../import/clients";
import { checkRecord, IMPORT_COLUMNS, parseCsv, type ImportError, type ImportRow } from "../import/rows";
import { command } from "./command";

export const importInput = z.object({
  csv: z.string({ error: "Choose a CSV file" }).min(1, "Choose a CSV file").max(30_000_000, "The file is larger than 30 MB"),
  dryRun: checkbox,
});

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  errors: ImportError[];
  alreadyImported: { line: number; externalId: string }[];
  /** Which rows join an existing client, and which clients the file creates. */
  clients: ClientPlan;
  imported: number;
}

export const importSetbacks = command({
  does: "import setbacks",
  permission: "manage:settings:any",
  schema: importInput,
  run(tx, { csv, dryRun }, actor): ImportReport {
    const report: ImportReport = { dryRun, rows: 0, errors: [], alreadyImported: [], clients: { joining: [], created: [] }, imported: 0 };
    const parsed = parseCsv(csv);
    if ("error" in parsed) return { ...report, errors: [parsed.error] };
    const missing = IMPORT_COLUMNS.filter((c) => !parsed.header.includes(c));
    if (missing.length) return { ...report, errors: [{ line: 1, column: missing.join(", "), message: "missing from the header row" }] };
    const index = new Map(parsed.header.map((h, i) => [h, i]));
    const settings = readOrgSettings(tx);
    const maps = lookupMaps(tx);
    const done = importedExternalIds(tx);
    const seen = new Map<string, number>();
    const rows: ImportRow[] = [];
    const now = Date.now();
    for (const record of parsed.records) {
      const result = checkRecord(record.line, (c) => record.values[index.get(c)!] ?? "", { timeZone: settings.timeZone, now, ...maps });
      if ("errors" in result) {
        report.errors.push(...result.errors);
        continue;
      }
      const { externalId } = result.row;
      if (seen.has(externalId)) report.errors.push({ line: record.line, column: "external_id", message: `"${externalId}" is also on line ${seen.get(externalId)}` });
      else if (done.has(externalId)) report.alreadyImported.push({ line: record.line, externalId });
      else rows.push(result.row);
      seen.set(externalId, record.line);
    }
    report.rows = parsed.records.length;
    report.clients = planClients(rows, clientsByNameKey(tx));
    if (report.errors.length || dryRun) return report;
    report.imported = writeImportedRows(tx, rows, report.clients, actor.id, maps.rootCauses, now);
    return report;
  },
});
