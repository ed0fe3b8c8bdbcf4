// npm run import -- file.csv [--dry-run] — imports past setbacks; checks the whole file first.
import fs from "node:fs";
import { databasePath, getDb } from "../db/client";
import { findAuditKey, MISSING_AUDIT_KEY } from "../lib/audit/key-source";
import { executeCommand, OPERATOR } from "../lib/commands/command";
import { importSetbacks } from "../lib/commands/import";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("Usage: npm run import -- file.csv [--dry-run]");
  process.exit(2);
}
if (!args.includes("--dry-run") && !findAuditKey(databasePath())) {
  // An import writes events, and every write signs the audit chain.
  console.error(MISSING_AUDIT_KEY);
  process.exit(1);
}
const started = performance.now();
const result = await executeCommand(getDb(), importSetbacks, OPERATOR, { csv: fs.readFileSync(file, "utf8"), dryRun: args.includes("--dry-run") });
if (!result.ok) {
  console.error(result.fieldErrors.csv?.join(" ") ?? result.formError);
  process.exit(1);
}
const r = result.value;
for (const e of r.errors) console.error(`line ${e.line}${e.column ? `, ${e.column}` : ""}: ${e.message}`);
for (const a of r.alreadyImported) console.log(`line ${a.line}: ${a.externalId} already imported`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (r.errors.length) {
  console.error(`${r.errors.length} problem(s) in ${r.rows} rows; nothing was imported (${seconds} s).`);
  process.exit(1);
}
console.log(r.dryRun ? `Dry run: ${r.rows} rows are clean; ${r.rows - r.alreadyImported.length} would be imported (${seconds} s).` : `Imported ${r.imported} setbacks (${seconds} s).`);
