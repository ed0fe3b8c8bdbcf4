// The audit log's hash chain: pure functions, no database.
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export interface ChainedContent {
  id: number;
  occurredAt: number;
  actorId: number | null;
  kind: string;
  setbackId: number | null;
  clientId: number | null;
  /** The event's data, as the JSON text stored in the row. */
  data: string;
}

export interface ChainedRow extends ChainedContent {
  prevHash: string;
  hash: string;
}

/** JSON with object keys sorted at every depth, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/**
 * canonicalJson of the content's seven fields, written out in their sorted order: the same text
 * (chain.test.ts checks), without sorting keys a million times when a whole chain is verified.
 */
export function canonicalContent(c: ChainedContent): string {
  const j = JSON.stringify;
  return `{"actorId":${j(c.actorId)},"clientId":${j(c.clientId)},"data":${j(c.data)},"id":${j(c.id)},"kind":${j(c.kind)},"occurredAt":${j(c.occurredAt)},"setbackId":${j(c.setbackId)}}`;
}

export function eventHash(prevHash: string, content: ChainedContent): string {
  return createHash("sha256").update(prevHash).update("\n").update(canonicalContent(content)).digest("hex");
}

export type VerifyResult =
  | { ok: true; count: number; headHash: string }
  | { ok: false; count: number; brokenId: number; reason: string };

/** Streaming check of rows in id order; stops at the first broken one. */
export class ChainVerifier {
  private count = 0;
  private prev: ChainedRow | null = null;
  private failure: Extract<VerifyResult, { ok: false }> | null = null;

  /** Events checked and intact so far. */
  get intact(): number {
    return this.count;
  }

  /** Returns false once the chain is broken; feed no more rows after that. */
  push(row: ChainedRow): boolean {
    if (this.failure) return false;
    const expectedId = this.prev ? this.prev.id + 1 : row.id;
    const expectedPrev = this.prev ? this.prev.hash : GENESIS_HASH;
    let reason: string | null = null;
    if (row.id !== expectedId) reason = `expected event ${expectedId} next, found ${row.id} (an event is missing)`;
    else if (this.prev === null && row.id !== 1) reason = `the chain starts at event ${row.id}, not 1`;
    else if (row.prevHash !== expectedPrev) reason = "its previous-hash does not match the event before it";
    else if (row.hash !== eventHash(row.prevHash, row)) reason = "its content does not match its hash (edited)";
    if (reason) {
      this.failure = { ok: false, count: this.count, brokenId: row.id, reason };
      return false;
    }
    this.count += 1;
    this.prev = row;
    return true;
  }

  /** `head` is the last event the application recorded; a missing tail is a break too. */
  result(head?: { id: number; hash: string } | null): VerifyResult {
    if (this.failure) return this.failure;
    const last = this.prev;
    if (head && (!last || last.id < head.id)) {
      return {
        ok: false,
        count: this.count,
        brokenId: (last?.id ?? 0) + 1,
        reason: `events after ${last?.id ?? 0} up to ${head.id} are missing (deleted)`,
      };
    }
    if (head && last && last.id > head.id) {
      return { ok: false, count: this.count, brokenId: head.id + 1, reason: "it was not written by the application" };
    }
    if (head && last && last.hash !== head.hash) {
      return { ok: false, count: this.count, brokenId: last.id, reason: "the last event differs from the recorded head" };
    }
    return { ok: true, count: this.count, headHash: last?.hash ?? GENESIS_HASH };
  }
}

export function verifyChain(rows: Iterable<ChainedRow>, head?: { id: number; hash: string } | null): VerifyResult {
  const verifier = new ChainVerifier();
  for (const row of rows) if (!verifier.push(row)) break;
  return verifier.result(head);
}
