// Read models of the JSON API.
import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import { clients, setbacks } from "../schema";
import type { Conn } from "../client";

export interface ApiSetbackFilter {
  stage?: string;
  severity?: string;
  clientId?: number;
}

/** Newest first, keyset-paginated on the id: `cursor` is the last id of the previous page. */
export async function setbackPage(conn: Conn, filter: ApiSetbackFilter, cursor: number | undefined, limit: number) {
  const where: (SQL | undefined)[] = [
    filter.stage ? eq(setbacks.stage, filter.stage as "closed") : undefined,
    filter.severity ? eq(setbacks.severity, filter.severity as "low") : undefined,
    filter.clientId ? eq(setbacks.clientId, filter.clientId) : undefined,
    cursor ? lt(setbacks.id, cursor) : undefined,
  ];
  const rows = conn.select().from(setbacks).where(and(...where)).orderBy(desc(setbacks.id)).limit(limit + 1).all();
  return { rows: rows.slice(0, limit), nextCursor: rows.length > limit ? rows[limit - 1].id : null };
}

export async function clientList(conn: Conn) {
  return conn.select({ id: clients.id, name: clients.name, accountOwnerId: clients.accountOwnerId, notes: clients.notes, createdAt: clients.createdAt }).from(clients).orderBy(clients.name).all();
}
