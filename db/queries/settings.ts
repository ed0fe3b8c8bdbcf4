import { DEFAULT_SETTINGS, type OrgSettings } from "../../lib/settings";
import { settings } from "../schema";
import type { Conn } from "../client";

export async function getOrgSettings(conn: Conn): Promise<OrgSettings> {
  const rows = conn.select().from(settings).all();
  const values: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of rows) if (row.key in DEFAULT_SETTINGS) values[row.key] = JSON.parse(row.value);
  return values as unknown as OrgSettings;
}
