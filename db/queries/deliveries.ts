// The admin's Deliveries page: what the outbox holds (db/schema.ts "deliveries"), newest first.
import { desc, eq, sql } from "drizzle-orm";
import type { DeliveryStatus } from "../../lib/outbox/vocabulary";
import { deliveries } from "../schema";
import type { Conn } from "../client";

export const DELIVERIES_SHOWN = 100;

export function deliveryCounts(conn: Conn): Record<DeliveryStatus, number> {
  const out: Record<DeliveryStatus, number> = { pending: 0, sent: 0, failed: 0 };
  for (const r of conn.select({ status: deliveries.status, n: sql<number>`count(*)` }).from(deliveries).groupBy(deliveries.status).all()) out[r.status] = r.n;
  return out;
}

export function listDeliveries(conn: Conn, status: DeliveryStatus | null, limit = DELIVERIES_SHOWN) {
  return conn
    .select({
      id: deliveries.id,
      kind: deliveries.kind,
      channel: deliveries.channel,
      target: deliveries.target,
      status: deliveries.status,
      attempts: deliveries.attempts,
      nextAttemptAt: deliveries.nextAttemptAt,
      lastError: deliveries.lastError,
      outcome: deliveries.outcome,
      createdAt: deliveries.createdAt,
      sentAt: deliveries.sentAt,
      subject: sql<string | null>`json_extract(${deliveries.payload}, '$.subject')`,
    })
    .from(deliveries)
    .where(status ? eq(deliveries.status, status) : undefined)
    .orderBy(desc(deliveries.createdAt), desc(deliveries.id))
    .limit(limit)
    .all();
}
export type DeliveryRow = ReturnType<typeof listDeliveries>[number];
