// The severity whose service-level targets run a setback's clocks, in SQL: clockSeverity() of
// lib/setbacks/vocabulary.ts. A client's report not yet assessed runs on the critical targets
// (docs/decisions/013), so every join on service_level_targets goes through this one expression.
import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { UNASSESSED, UNASSESSED_CLOCKS } from "../../lib/setbacks/vocabulary";

/** `case when <severity> = 'unassessed' then 'critical' else <severity> end` (constants, not parameters). */
export function clockSeveritySql(severity: SQLiteColumn | SQL): SQL {
  return sql`(case when ${severity} = ${sql.raw(`'${UNASSESSED}'`)} then ${sql.raw(`'${UNASSESSED_CLOCKS}'`)} else ${severity} end)`;
}
