// Where the audit key comes from: AUDIT_KEY, else a file named audit-key beside the database —
// never the database itself, so that whoever can write the file cannot sign a rewritten chain.
// The demo, the dev server and the tests' servers make the file once; `npm start` refuses to
// run without a key (instrumentation-node.ts), as it does without AUTH_SECRET.
import fs from "node:fs";
import path from "node:path";
import { newAuditKeyText, parseAuditKey, parsePublicKey, type AuditKey, type PublicAuditKey } from "./signature";

export const MISSING_AUDIT_KEY =
  "AUDIT_KEY is not set and there is no audit-key file beside the database. The key signs the audit chain's checkpoints and is never stored in the database: set AUDIT_KEY to 32 random bytes in base64 (for example the output of `openssl rand -base64 32`), keep it apart from the database and its backups, and give its public key (`npm run audit:anchor` prints it) to whoever audits. `npm run demo` and `npm run dev` make one by themselves.";

export function auditKeyFile(databaseFile: string): string {
  return path.join(path.dirname(path.resolve(databaseFile)), "audit-key");
}

// Parsed once per value or file: a key is read on every write. Changing it needs a restart.
const parsed = new Map<string, AuditKey>();

/** AUDIT_KEY, else the key file beside `databaseFile`; null when there is neither. */
export function findAuditKey(databaseFile: string): AuditKey | null {
  const fromEnv = process.env.AUDIT_KEY?.trim();
  if (fromEnv) return once(`env:${fromEnv}`, () => parseAuditKey(fromEnv, "AUDIT_KEY"));
  const file = auditKeyFile(databaseFile);
  const known = parsed.get(`file:${file}`);
  if (known) return known;
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
  return once(`file:${file}`, () => parseAuditKey(text, `The key file ${file}`));
}

export function requireAuditKey(databaseFile: string): AuditKey {
  const key = findAuditKey(databaseFile);
  if (!key) throw new Error(MISSING_AUDIT_KEY);
  return key;
}

/** For the demo, development and test servers: the key file is made once (0600) when there is no key. */
export function localAuditKey(databaseFile: string): AuditKey {
  const existing = findAuditKey(databaseFile);
  if (existing) return existing;
  const file = auditKeyFile(databaseFile);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, `${newAuditKeyText()}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process made it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return requireAuditKey(databaseFile);
}

/**
 * The public keys a signature may be checked against: this installation's key, and any in
 * AUDIT_PUBLIC_KEYS (retired keys after a rotation, or an auditor's copy without the private key).
 */
export function verifierKeys(databaseFile: string): ReadonlyMap<string, PublicAuditKey> {
  const own = findAuditKey(databaseFile);
  const listed = process.env.AUDIT_PUBLIC_KEYS ?? "";
  // Every write checks the head it follows with these: parsed once per key and list.
  const cacheKey = `${own?.id ?? ""}|${listed}`;
  const known = verifiers.get(cacheKey);
  if (known) return known;
  const keys = new Map<string, PublicAuditKey>();
  if (own) keys.set(own.id, own.publicKey);
  for (const text of listed.split(/[\s,]+/).filter(Boolean)) {
    const key = parsePublicKey(text);
    keys.set(key.id, key);
  }
  verifiers.set(cacheKey, keys);
  return keys;
}

const verifiers = new Map<string, ReadonlyMap<string, PublicAuditKey>>();

function once(cacheKey: string, make: () => AuditKey): AuditKey {
  let key = parsed.get(cacheKey);
  if (!key) parsed.set(cacheKey, (key = make()));
  return key;
}
