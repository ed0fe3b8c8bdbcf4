import type { OrgSettings } from "../../lib/settings";
import { readOrgSettings } from "../writes/settings";
import type { Conn } from "../client";

export async function getOrgSettings(conn: Conn): Promise<OrgSettings> {
  return readOrgSettings(conn);
}
