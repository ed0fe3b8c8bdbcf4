// npm run bench — times the whole /reports computation (every table of the page) at the demo's
// size and at years of data, and prints medians and the ratio between them. Not a test.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "../db/client";
import { seedSynthetic } from "../db/fixtures/synthetic";
import { outcomeReport } from "../db/queries/reports/outcome-report";
import { responseReport } from "../db/queries/reports/response-report";
import { seedDemo } from "../db/seed";
import { resolvePeriod } from "../lib/metrics/period";

const RUNS = 7;
const now = Date.now();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeReport(db: Db, days: "90" | "365") {
  const period = resolvePeriod({ period: days }, now, "UTC");
  const filter = { from: period.from, to: period.to };
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await Promise.all([responseReport(db, filter, period, "UTC", now), outcomeReport(db, filter, 90)]);
    times.push(performance.now() - start);
  }
  return median(times);
}

function fresh(name: string): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `amends-bench-${name}-`));
  return openDatabase(path.join(dir, "bench.db"));
}

const sizes = (process.env.BENCH_SIZES ?? "5000,20000").split(",").map(Number);
const demo = fresh("demo");
seedDemo(demo, now);
const base = await timeReport(demo, "365");
console.log(`setbacks   period     median of ${RUNS}   ratio to demo`);
console.log(`${"40 (demo)".padEnd(10)} 365 days   ${base.toFixed(1).padStart(8)} ms   1.0`);
for (const size of sizes) {
  const db = fresh(String(size));
  const t0 = performance.now();
  seedSynthetic(db, size, 3 * 365, now);
  const seeded = performance.now() - t0;
  for (const days of ["90", "365"] as const) {
    const t = await timeReport(db, days);
    console.log(`${String(size).padEnd(10)} ${days.padEnd(3)} days   ${t.toFixed(1).padStart(8)} ms   ${(t / base).toFixed(1)}   (3 years of data, seeded in ${(seeded / 1000).toFixed(1)} s)`);
  }
}
