// npm run seed:scale -- --setbacks 100000 [--clients 2000] [--years 5] [--db data/scale.db]
// Replaces the database file named by --db with years of history at scale (db/fixtures/scale.ts).
import fs from "node:fs";
import { parseArgs } from "node:util";
import { openDatabase } from "../db/client";
import { SCALE_DB, seedScale } from "../db/fixtures/scale";
import { localAuditKey } from "../lib/audit/key-source";

const { values } = parseArgs({
  options: {
    setbacks: { type: "string", default: "100000" },
    clients: { type: "string", default: "2000" },
    years: { type: "string", default: "5" },
    db: { type: "string", default: SCALE_DB },
  },
});
const setbacks = Number(values.setbacks);
const clients = Number(values.clients);
const years = Number(values.years);
if (![setbacks, clients, years].every((n) => Number.isInteger(n) && n > 0)) {
  console.error("--setbacks, --clients and --years take whole numbers above zero.");
  process.exit(2);
}
const file = values.db;
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const db = openDatabase(file);
// The audit key lives beside the database (audit-key), as the demo's does.
const key = localAuditKey(file);
const summary = seedScale(db.$client, { setbacks, clients, years, key, progress: (line) => console.log(`[${elapsed()}] ${line}`) });
db.$client.close();
console.log(`[${elapsed()}] ${file}: ${summary.setbacks} setbacks (${summary.open} open), ${summary.events} events, ${summary.communications} communications, ${summary.clients} clients, ${summary.users} users.`);
console.log(`SB-${String(summary.longSetbackId).padStart(4, "0")} carries 200 events. Sign in as manager@demo.test / amends-demo (DATABASE_URL=${file}).`);
