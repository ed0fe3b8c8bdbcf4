// "Not yet triaged" has one definition (lib/setbacks/lifecycle.ts): the triage panel and the
// command ask needsTriage, the inbox and the navigation's count run needsTriageSql. Both are run
// here over every fault and category a row can hold, on SQLite itself.
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { needsTriage, needsTriageSql } from "@/lib/setbacks/lifecycle";
import { DEFAULT_CATEGORIES, FAULT_VALUES, NEEDS_TRIAGE } from "@/lib/setbacks/vocabulary";
import { freshDb } from "../helpers/db";

const FAULTS = [...FAULT_VALUES, "Unassessed", "", null];
const CATEGORIES = [NEEDS_TRIAGE, ...DEFAULT_CATEGORIES.map((c) => c.key), "Needs_Triage", "needs triage", "", null];

describe("not yet triaged", () => {
  it("means the same in SQL as in TypeScript, for every fault and category", () => {
    const db = freshDb();
    let untriaged = 0;
    for (const fault of FAULTS) {
      for (const category of CATEGORIES) {
        const row = db.get<{ v: number | null }>(sql`select ${sql.raw(needsTriageSql("s"))} as v from (select ${fault} as fault, ${category} as category) s`);
        const inSql = row?.v === 1;
        const inTs = needsTriage({ fault: fault ?? undefined, category: category ?? undefined });
        expect(inSql, `fault ${fault}, category ${category}`).toBe(inTs);
        if (inTs) untriaged++;
      }
    }
    // A placeholder in either column: every category with "unassessed", plus every fault with "needs_triage", less the pair counted twice.
    expect(untriaged).toBe(CATEGORIES.length + FAULTS.length - 1);
  });
});
