import { eq } from "drizzle-orm";
import { DEFAULT_SETTINGS, DEFAULT_TARGETS, type OrgSettings, type ServiceLevelTarget } from "../../lib/settings";
import type { Severity } from "../../lib/setbacks/vocabulary";
import { serviceLevelTargets, settings } from "../schema";
import type { Conn } from "../client";

export function readOrgSettings(conn: Conn): OrgSettings {
  const values: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of conn.select().from(settings).all()) if (row.key in DEFAULT_SETTINGS) values[row.key] = JSON.parse(row.value);
  return values as unknown as OrgSettings;
}

export function readTarget(conn: Conn, severity: Severity): ServiceLevelTarget {
  const row = conn.select().from(serviceLevelTargets).where(eq(serviceLevelTargets.severity, severity)).get();
  return row ?? DEFAULT_TARGETS.find((t) => t.severity === severity)!;
}

export function writeTarget(tx: Conn, target: ServiceLevelTarget): void {
  tx.insert(serviceLevelTargets)
    .values(target)
    .onConflictDoUpdate({ target: serviceLevelTargets.severity, set: { notifyHours: target.notifyHours, remedyHours: target.remedyHours, followUpHours: target.followUpHours } })
    .run();
}

export function writeSetting(tx: Conn, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  tx.insert(settings).values({ key, value: json }).onConflictDoUpdate({ target: settings.key, set: { value: json } }).run();
}
