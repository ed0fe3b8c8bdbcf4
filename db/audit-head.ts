// The chain's signed records: its head (settings['audit.head'], the last event's id and hash,
// signed with the audit key since checkpoints exist; older versions wrote `{ id, hash }` alone)
// and its checkpoints.
import { eq } from "drizzle-orm";
import type { SignedHead } from "../lib/audit/signature";
import { auditCheckpoints, settings } from "./schema";
import type { Conn } from "./client";

export const HEAD_KEY = "audit.head";

export type RecordedHead = { id: number; hash: string; signed: SignedHead | null };

/** A checkpoint: a signed head kept for good (the table only grows). */
export function writeCheckpoint(tx: Conn, head: SignedHead) {
  const row = { eventId: head.eventId, hash: head.hash, signedAt: head.at, keyId: head.keyId, signature: head.signature, legacy: head.legacy === true };
  tx.insert(auditCheckpoints).values(row).run();
  return row;
}

export function writeHead(tx: Conn, head: SignedHead): void {
  const value = JSON.stringify({ id: head.eventId, hash: head.hash, at: head.at, keyId: head.keyId, signature: head.signature });
  tx.insert(settings).values({ key: HEAD_KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
}

/** A chain not signed yet (written before checkpoints, until the operator signs it) records its head as before. */
export function writeUnsignedHead(tx: Conn, head: { id: number; hash: string }): void {
  const value = JSON.stringify({ id: head.id, hash: head.hash });
  tx.insert(settings).values({ key: HEAD_KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
}

/** The recorded head; null when there is none; "unreadable" when the row is not one. */
export function readHead(conn: Conn): RecordedHead | null | "unreadable" {
  const row = conn.select({ value: settings.value }).from(settings).where(eq(settings.key, HEAD_KEY)).get();
  if (!row) return null;
  try {
    const v = JSON.parse(row.value) as Record<string, unknown>;
    if (typeof v.id !== "number" || typeof v.hash !== "string") return "unreadable";
    const signed =
      typeof v.at === "number" && typeof v.keyId === "string" && typeof v.signature === "string"
        ? { eventId: v.id, hash: v.hash, at: v.at, keyId: v.keyId, signature: v.signature }
        : null;
    return { id: v.id, hash: v.hash, signed };
  } catch {
    return "unreadable";
  }
}
