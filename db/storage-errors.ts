// When SQLite cannot write — the disk is full, the file or its directory is read-only, the disk
// failed, another process holds the write lock past the busy timeout — the write is refused and
// rolled back, and the person is told so in words, instead of a 500 that loses their form.
import Database from "better-sqlite3";
import { AUDIT_HELD_MESSAGE, AuditHeldError } from "./audit-hold";

export type StorageProblem = "full" | "read-only" | "io" | "cannot-open" | "busy" | "audit-held";

export interface StorageRefusal {
  problem: StorageProblem;
  /** What went wrong, in a few words: "the disk is full". */
  reason: string;
  /** The whole sentence shown on the form and in the API's problem details. */
  message: string;
  /** For the API's Retry-After: a lock passes in seconds; a full or read-only disk needs someone. */
  retryAfterSeconds: number;
}

// Primary result codes; SQLite's extended codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED…) start with them.
const REFUSALS: Record<string, { problem: StorageProblem; reason: string; retryAfterSeconds: number }> = {
  SQLITE_FULL: { problem: "full", reason: "the disk is full", retryAfterSeconds: 60 },
  SQLITE_READONLY: { problem: "read-only", reason: "the database is read-only", retryAfterSeconds: 60 },
  SQLITE_IOERR: { problem: "io", reason: "the disk could not be written", retryAfterSeconds: 60 },
  SQLITE_CANTOPEN: { problem: "cannot-open", reason: "the database file could not be opened", retryAfterSeconds: 60 },
  SQLITE_BUSY: { problem: "busy", reason: "the database is busy with another program's write", retryAfterSeconds: 5 },
};

function sqliteCode(error: unknown): string | null {
  // drizzle may wrap the driver's error (DrizzleQueryError, with the SqliteError as its cause).
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof Database.SqliteError) return e.code;
  }
  return null;
}

function heldBy(error: unknown): AuditHeldError | null {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof AuditHeldError) return e;
  }
  return null;
}

/**
 * The refusal this error means, or null when it is not a storage failure (a bug, a constraint).
 * A write held because the audit chain failed its check (db/audit-hold.ts) is refused the same
 * way: it waits for an operator, like a full disk.
 */
export function storageRefusal(error: unknown): StorageRefusal | null {
  if (heldBy(error)) return { problem: "audit-held", reason: "its audit trail failed a check", message: AUDIT_HELD_MESSAGE, retryAfterSeconds: 300 };
  const code = sqliteCode(error);
  if (!code) return null;
  const primary = code.split("_").slice(0, 2).join("_");
  const found = REFUSALS[primary];
  if (!found) return null;
  return { problem: found.problem, reason: found.reason, message: `Amends could not save (${found.reason}); nothing was saved.`, retryAfterSeconds: found.retryAfterSeconds };
}

/**
 * Runs a write that only keeps a note (a token's last use, a sign-in failure count): when the
 * database cannot be written it is skipped, so that what the request is for still works.
 */
export function bestEffortWrite(write: () => void): boolean {
  try {
    write();
    return true;
  } catch (error) {
    if (storageRefusal(error)) return false;
    throw error;
  }
}
