// A write sent twice is written once. A form carries a one-time key (a hidden field made per
// rendered form), an API request an Idempotency-Key header; the first accepted answer to a key
// is kept with it, in the write's own transaction, so a double click, a browser's resend or a
// client's retry gets that answer again and nothing is written twice. The same key with
// something else sent is refused (422), not silently answered with the other request's result.
import { createHash } from "node:crypto";
import type { Conn } from "../../db/client";
import { findSubmission, pruneSubmissions, recordSubmission } from "../../db/writes/submission-keys";
import { isSecretField } from "../security/secret-fields";

/** How long a key is remembered. */
export const ONCE_TTL_MS = 24 * 3_600_000;

/** A key as a client may send it: 1–255 visible ASCII characters. */
export const ONCE_KEY = /^[\x21-\x7e]{1,255}$/;

export interface Once {
  /** Whose keys these are: "user:7" for a person's forms, "token:3" for an API token. */
  holder: string;
  key: string;
  /** What was sent with the key (see fingerprintOf). */
  fingerprint: string;
}

export const REUSED_KEY = "This key was already used for a different request. Send a new key for a new request.";

export function fingerprintOf(...parts: readonly string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex");
}

/** A repeat of a write whose answer held a secret (a new token): the secret is never kept. */
export const SECRET_ANSWERED = "This was already done. Its secret is shown only once, in the first answer.";
const WITHHELD = "withheld";

export type Prior = { answer: unknown } | { reused: true } | { withheld: true } | null;

/** The answer as kept: a secret (a new API token, a client link's token) is not written down. */
function keptForm(answer: unknown): string {
  if (answer === undefined) return "undefined";
  if (answer && typeof answer === "object" && Object.keys(answer).some(isSecretField)) return WITHHELD;
  return JSON.stringify(answer);
}

/** The answer already given to this key, inside the write's transaction (null: none yet). */
export function priorAnswer(tx: Conn, once: Once, now: number): Prior {
  const row = findSubmission(tx, once.holder, once.key, now - ONCE_TTL_MS);
  if (!row) return null;
  if (row.fingerprint !== once.fingerprint) return { reused: true };
  if (row.answer === WITHHELD) return { withheld: true };
  return { answer: row.answer === "undefined" ? undefined : JSON.parse(row.answer) };
}

/** Keeps the answer with the key, in the same transaction as the write it answers. */
export function keepAnswer(tx: Conn, once: Once, actorId: number | null, answer: unknown, now: number): void {
  // An expired key's row would block a new use of the same key: forget what has expired first.
  pruneSubmissions(tx, now - ONCE_TTL_MS);
  recordSubmission(tx, { holder: once.holder, key: once.key, fingerprint: once.fingerprint, actorId, answer: keptForm(answer), createdAt: now });
}
