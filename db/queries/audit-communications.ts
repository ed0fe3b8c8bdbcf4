// The audit page's communications, a page at a time, newest recorded first: the same keyset
// paging as its events (audit-paging.ts), with the total the search matches, and when each was
// said as well as when it was recorded (lib/audit/event-times.ts).
import { and, asc, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import { eventWhens } from "../../lib/audit/event-times";
import { clients, communications, setbacks } from "../schema";
import type { Conn } from "../client";
import { communicationConditions, trailSelect, type AuditFilter } from "./audit";
import { keysetPage, type AuditCursor } from "./audit-paging";

export async function pageCommunications(conn: Conn, f: AuditFilter, cursor: AuditCursor = {}, size?: number) {
  const where = communicationConditions(f);
  const page = keysetPage(
    {
      key: communications.id,
      read: (extra: SQL | undefined, order: "asc" | "desc", limit: number) =>
        trailSelect(conn).where(and(...where, extra)).orderBy(order === "asc" ? asc(communications.id) : desc(communications.id)).limit(limit).all(),
      count: (extra?: SQL) =>
        conn
          .select({ n: count() })
          .from(communications)
          .innerJoin(setbacks, eq(setbacks.id, communications.setbackId))
          .innerJoin(clients, eq(clients.id, setbacks.clientId))
          .where(and(...where, extra))
          .get()?.n ?? 0,
    },
    cursor,
    size,
  );
  // When each was said, and when it was written down: a call logged the next day says both.
  const before = page.rows.map((c) => c.id - 1).filter((id) => id > 0);
  const previous = new Map(before.length ? conn.select({ id: communications.id, at: communications.createdAt }).from(communications).where(inArray(communications.id, before)).all().map((r) => [r.id, r.at]) : []);
  const whens = eventWhens(page.rows.map((c) => ({ id: c.id, at: c.createdAt, kind: "communication.logged", data: { occurredAt: c.occurredAt } })), previous);
  return { ...page, rows: page.rows.map((c) => ({ ...c, when: whens.get(c.id)! })) };
}
