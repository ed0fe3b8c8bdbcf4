// Signed heads of the audit chain: Ed25519 (node:crypto), so that anyone with the public key can
// check a checkpoint or an anchor, and only the holder of the private key can make one. The key
// is 32 random bytes in base64 (`openssl rand -base64 32`), kept outside the database.
import crypto, { type KeyObject } from "node:crypto";

/** DER prefixes that wrap a raw 32-byte Ed25519 seed / public key as PKCS#8 / SPKI (RFC 8410). */
const PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");
const SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
const KEY_TEXT = /^[A-Za-z0-9+/_-]{43}=?$/;

export interface PublicAuditKey {
  /** Named in every checkpoint it signs: the first 16 hex digits of the key's SHA-256. */
  id: string;
  /** The raw public key in base64url, as an auditor is given it. */
  text: string;
  key: KeyObject;
}

export interface AuditKey {
  id: string;
  privateKey: KeyObject;
  publicKey: PublicAuditKey;
}

/** The chain's head at one event, signed: a checkpoint in the database, or an anchor kept outside. */
export interface SignedHead {
  eventId: number;
  hash: string;
  /** When it was signed (epoch ms). */
  at: number;
  keyId: string;
  signature: string;
  /**
   * The operator's first signature of a chain written before checkpoints existed: signed as
   * different text, so no ordinary head or checkpoint can be passed off as one, nor one as them.
   */
  legacy?: boolean;
}

export const BAD_KEY = "must be 32 random bytes in base64, e.g. the output of `openssl rand -base64 32`";

function publicKeyFromRaw(raw: Buffer): PublicAuditKey {
  const key = crypto.createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: "der", type: "spki" });
  return { id: crypto.createHash("sha256").update(raw).digest("hex").slice(0, 16), text: raw.toString("base64url"), key };
}

function rawBytes(text: string, what: string): Buffer {
  const trimmed = text.trim();
  const raw = Buffer.from(trimmed, "base64");
  if (!KEY_TEXT.test(trimmed) || raw.length !== 32) throw new Error(`${what} ${BAD_KEY}.`);
  return raw;
}

/** An audit key from its text; throws with a message that says what the value must be. */
export function parseAuditKey(text: string, what = "The audit key"): AuditKey {
  const privateKey = crypto.createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, rawBytes(text, what)]), format: "der", type: "pkcs8" });
  const spki = crypto.createPublicKey(privateKey).export({ format: "der", type: "spki" });
  const publicKey = publicKeyFromRaw(spki.subarray(SPKI_PREFIX.length));
  return { id: publicKey.id, privateKey, publicKey };
}

export function parsePublicKey(text: string): PublicAuditKey {
  return publicKeyFromRaw(rawBytes(text, "A public audit key"));
}

export function newAuditKeyText(): string {
  return crypto.randomBytes(32).toString("base64");
}

type Signed = Pick<SignedHead, "eventId" | "hash" | "at" | "legacy">;

function message(head: Signed): Buffer {
  const what = head.legacy ? "amends audit legacy first signature" : "amends audit head";
  return Buffer.from(`${what}\n${head.eventId}\n${head.hash}\n${head.at}`);
}

export function signHead(key: AuditKey, head: Signed): SignedHead {
  const signature = crypto.sign(null, message(head), key.privateKey).toString("base64url");
  return { eventId: head.eventId, hash: head.hash, at: head.at, keyId: key.id, signature, ...(head.legacy ? { legacy: true } : {}) };
}

/** Null when `head` was signed by one of `keys`; otherwise why not. */
export function signatureProblem(head: SignedHead, keys: ReadonlyMap<string, PublicAuditKey>): string | null {
  const key = keys.get(head.keyId);
  if (!key) {
    return keys.size === 0
      ? "no audit key is set here to check its signature (AUDIT_KEY, the audit-key file, or AUDIT_PUBLIC_KEYS)"
      : `it is signed by key ${head.keyId}, which is not one of this installation's (${[...keys.keys()].join(", ")}; add a retired key's public key to AUDIT_PUBLIC_KEYS)`;
  }
  let valid = false;
  try {
    valid = crypto.verify(null, message(head), key.key, Buffer.from(head.signature, "base64url"));
  } catch {
    valid = false;
  }
  return valid ? null : `its signature by key ${head.keyId} does not match (it was not signed with the audit key)`;
}
