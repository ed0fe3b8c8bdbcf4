// Each report query timed as the application runs it, and its SQL timed alone on the same
// connection (prepared once, rows as arrays): the SQL floor. The statements are the ones the
// query really sends, captured through drizzle's logger.
import { drizzle } from "drizzle-orm/better-sqlite3";
import type Database from "better-sqlite3";
import * as schema from "../../db/schema";
import type { Db } from "../../db/client";
import type { ReportFilter } from "../../db/queries/reports/base";
import { communicationQuality, compensationShare, compensationTotals, outcomeFigures } from "../../db/queries/reports/outcomes";
import { recurrenceRate, recurringPairs, repeatsAfterPrevention } from "../../db/queries/reports/recurrence";
import { responseBreakdowns } from "../../db/queries/reports/response-times";
import { monthStarts, type Period } from "../../lib/metrics/period";

export interface SqlFloorRow {
  name: string;
  statements: number;
  appMs: number;
  sqlMs: number;
  ratio: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeIt(runs: number, fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function reportQueryFloors(sqlite: Database.Database, period: Period, timeZone: string, windowDays: number, now: number, runs = 9): Promise<SqlFloorRow[]> {
  const captured: { query: string; params: unknown[] }[] = [];
  const logged = drizzle(sqlite, { schema, logger: { logQuery: (query, params) => captured.push({ query, params }) } }) as unknown as Db;
  const plain = drizzle(sqlite, { schema }) as unknown as Db;
  const filter: ReportFilter = { from: period.from, to: period.to };
  const months = monthStarts(period, timeZone);
  const queries: [string, (db: Db) => unknown][] = [
    ["Response times, 5 breakdowns", (db) => responseBreakdowns(db, filter, [{ by: "all" }, { by: "severity" }, { by: "category" }, { by: "owner" }, { by: "month", monthStarts: months }], now)],
    ["Recurrence rate", (db) => recurrenceRate(db, filter, windowDays)],
    ["Recurring pairs: client × category", (db) => recurringPairs(db, filter, "client_category")],
    ["Recurring pairs: category × root cause", (db) => recurringPairs(db, filter, "category_root_cause")],
    ["Repeats after prevention", (db) => repeatsAfterPrevention(db, filter, windowDays)],
    ["Compensation by kind", (db) => compensationTotals(db, filter, "kind")],
    ["Compensation by client", (db) => compensationTotals(db, filter, "client")],
    ["Compensation share", (db) => compensationShare(db, filter)],
    ["Outcomes", (db) => outcomeFigures(db, filter)],
    ["Communication quality", (db) => communicationQuality(db, filter)],
  ];
  const rows: SqlFloorRow[] = [];
  for (const [name, run] of queries) {
    captured.length = 0;
    await run(logged);
    const statements = captured.map((c) => ({ stmt: sqlite.prepare(c.query), params: c.params }));
    const appMs = timeIt(runs, () => run(plain));
    const sqlMs = timeIt(runs, () => {
      for (const s of statements) {
        if (s.stmt.reader) s.stmt.raw().all(...(s.params as never[]));
        else s.stmt.run(...(s.params as never[]));
      }
    });
    rows.push({ name, statements: statements.length, appMs, sqlMs, ratio: appMs / sqlMs });
  }
  return rows;
}
