// Appending to and reading the audit chain. Every write calls appendEvent inside its own
// transaction, so a change and its event commit together or not at all.
import { desc, eq, gt, asc } from "drizzle-orm";
import { ChainVerifier, eventHash, GENESIS_HASH, canonicalJson, type VerifyResult } from "../lib/audit/chain";
import type { EventKind } from "../lib/audit/events";
import { events, settings } from "./schema";
import type { Conn } from "./client";

const HEAD_KEY = "audit.head";

export interface NewEvent {
  kind: EventKind;
  actorId: number | null;
  setbackId?: number | null;
  clientId?: number | null;
  data: Record<string, unknown>;
  /** Defaults to now; the demo seed back-dates its story. */
  at?: number;
}

export function appendEvent(tx: Conn, input: NewEvent): { id: number; hash: string } {
  const last = tx.select({ id: events.id, hash: events.hash }).from(events).orderBy(desc(events.id)).limit(1).get();
  const content = {
    id: (last?.id ?? 0) + 1,
    occurredAt: input.at ?? Date.now(),
    actorId: input.actorId,
    kind: input.kind,
    setbackId: input.setbackId ?? null,
    clientId: input.clientId ?? null,
    data: canonicalJson(input.data),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = eventHash(prevHash, content);
  tx.insert(events).values({ ...content, prevHash, hash }).run();
  const head = JSON.stringify({ id: content.id, hash });
  tx.insert(settings)
    .values({ key: HEAD_KEY, value: head })
    .onConflictDoUpdate({ target: settings.key, set: { value: head } })
    .run();
  return { id: content.id, hash };
}

const BATCH = 5000;

/** Walks the whole chain in id order, a batch at a time, and checks it against the head. */
export async function verifyAuditChain(conn: Conn): Promise<VerifyResult> {
  const verifier = new ChainVerifier();
  let after = 0;
  for (;;) {
    const rows = conn.select().from(events).where(gt(events.id, after)).orderBy(asc(events.id)).limit(BATCH).all();
    if (rows.length === 0) break;
    let intact = true;
    for (const row of rows) if (!(intact = verifier.push(row))) break;
    if (!intact) break;
    after = rows[rows.length - 1].id;
  }
  const headRow = conn.select().from(settings).where(eq(settings.key, HEAD_KEY)).get();
  return verifier.result(headRow ? (JSON.parse(headRow.value) as { id: number; hash: string }) : null);
}
