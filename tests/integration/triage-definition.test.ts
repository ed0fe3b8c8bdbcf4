// "Not yet triaged" has one definition (lib/setbacks/lifecycle.ts): the triage panel and the
// command ask needsTriage, the inbox and the navigation's count run needsTriageSql. Both are run
// here over every fault and category a row can hold, on SQLite itself.
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { needsTriage, needsTriageSql } from "@/lib/setbacks/lifecycle";
import { DEFAULT_CATEGORIES, FAULT_VALUES, NEEDS_TRIAGE, SEVERITY_VALUES } from "@/lib/setbacks/vocabulary";
import { freshDb } from "../helpers/db";

const FAULTS = [...FAULT_VALUES, "Unassessed", "", null];
const SEVERITIES = [...SEVERITY_VALUES, "Unassessed", "", null];
const CATEGORIES = [NEEDS_TRIAGE, ...DEFAULT_CATEGORIES.map((c) => c.key), "Needs_Triage", "needs triage", "", null];

describe("not yet triaged", () => {
  it("means the same in SQL as in TypeScript, for every severity, fault and category", () => {
    const db = freshDb();
    let triaged = 0;
    for (const severity of SEVERITIES) {
      for (const fault of FAULTS) {
        for (const category of CATEGORIES) {
          const row = db.get<{ v: number | null }>(sql`select ${sql.raw(needsTriageSql("s"))} as v from (select ${severity} as severity, ${fault} as fault, ${category} as category) s`);
          const inSql = row?.v === 1;
          const inTs = needsTriage({ severity: severity ?? undefined, fault: fault ?? undefined, category: category ?? undefined });
          expect(inSql, `severity ${severity}, fault ${fault}, category ${category}`).toBe(inTs);
          if (!inTs) triaged++;
        }
      }
    }
    // Triaged: no placeholder in any column (each list holds its placeholder exactly once).
    expect(triaged).toBe((SEVERITIES.length - 1) * (FAULTS.length - 1) * (CATEGORIES.length - 1));
  });
});
