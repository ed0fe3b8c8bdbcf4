// Reference data every database starts with; existing rows (an admin's edits) are kept.
import { categories, rootCauseCategories, serviceLevelTargets, settings } from "./schema";
import { DEFAULT_CATEGORIES, DEFAULT_ROOT_CAUSES } from "../lib/setbacks/vocabulary";
import { DEFAULT_SETTINGS, DEFAULT_TARGETS } from "../lib/settings";
import type { Conn } from "./client";

export function ensureReferenceData(conn: Conn): void {
  conn
    .insert(categories)
    .values(DEFAULT_CATEGORIES.map((c, i) => ({ ...c, position: i })))
    .onConflictDoNothing()
    .run();
  conn
    .insert(rootCauseCategories)
    .values(DEFAULT_ROOT_CAUSES.map((c, i) => ({ ...c, position: i })))
    .onConflictDoNothing()
    .run();
  conn.insert(serviceLevelTargets).values([...DEFAULT_TARGETS]).onConflictDoNothing().run();
  conn
    .insert(settings)
    .values(Object.entries(DEFAULT_SETTINGS).map(([key, value]) => ({ key, value: JSON.stringify(value) })))
    .onConflictDoNothing()
    .run();
}
