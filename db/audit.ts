// Appending to the audit chain. Every write calls appendEvent inside its own transaction, so a
// change and its event commit together or not at all. The new head is signed with the audit key
// (never stored here) and, when one is due, kept as a checkpoint (lib/audit/checkpoints.ts) —
// after checking that the head it follows is the one the application signed (db/audit-hold.ts).
import { eq } from "drizzle-orm";
import { eventHash, GENESIS_HASH, canonicalJson } from "../lib/audit/chain";
import { checkpointDue } from "../lib/audit/checkpoints";
import type { EventKind } from "../lib/audit/events";
import { requireAuditKey, verifierKeys } from "../lib/audit/key-source";
import { signHead, type SignedHead } from "../lib/audit/signature";
import { DEFAULT_SETTINGS } from "../lib/settings";
import { writeCheckpoint, writeHead, writeUnsignedHead } from "./audit-head";
import { requireIntactHead } from "./audit-hold";
import { events, settings } from "./schema";
import { databasePath, type Conn } from "./client";

export { verifyAuditChain } from "./audit-verify";

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
  return appendEvents(tx, [input])[0];
}

/** Appends events in order; a bulk writer (the import) signs the head once for all of them. */
export function appendEvents(tx: Conn, inputs: readonly NewEvent[]): { id: number; hash: string }[] {
  if (inputs.length === 0) return [];
  const key = requireAuditKey(databasePath());
  const state = requireIntactHead(tx, verifierKeys(databasePath()));
  const now = Date.now();
  const timeZone = readTimeZone(tx);
  const { last } = state;
  let checkpoint = state.checkpoint;
  let prevHash = last?.hash ?? GENESIS_HASH;
  let id = last?.id ?? 0;
  let head: SignedHead | null = null;
  const appended: { id: number; hash: string }[] = [];
  for (const input of inputs) {
    id += 1;
    const content = {
      id,
      occurredAt: input.at ?? now,
      actorId: input.actorId,
      kind: input.kind,
      setbackId: input.setbackId ?? null,
      clientId: input.clientId ?? null,
      data: canonicalJson(input.data),
    };
    const hash = eventHash(prevHash, content);
    tx.insert(events).values({ ...content, prevHash, hash }).run();
    head = null;
    if (state.signed && checkpointDue(checkpoint, id, now, key.id, timeZone)) {
      head = signHead(key, { eventId: id, hash, at: now });
      checkpoint = writeCheckpoint(tx, head);
    }
    appended.push({ id, hash });
    prevHash = hash;
  }
  // A chain from before checkpoints stays unsigned until the operator signs it (db/audit-sign.ts).
  if (!state.signed) writeUnsignedHead(tx, { id, hash: prevHash });
  else writeHead(tx, head ?? signHead(key, { eventId: id, hash: prevHash, at: now }));
  return appended;
}

function readTimeZone(tx: Conn): string {
  const row = tx.select({ value: settings.value }).from(settings).where(eq(settings.key, "timeZone")).get();
  try {
    return row ? (JSON.parse(row.value) as string) : DEFAULT_SETTINGS.timeZone;
  } catch {
    return DEFAULT_SETTINGS.timeZone;
  }
}
