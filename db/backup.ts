// Online backup and checked restore, with SQLite's backup API (consistent while the app writes).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { verifyAuditChain } from "./audit";
import { installationDisagreement, type InstallationCheck } from "./backup-agreement";
import * as schema from "./schema";
import type { Conn, Db } from "./client";
import type { AuditVerification } from "../lib/audit/report";
import type { SignedHead } from "../lib/audit/signature";

export async function backupTo(db: Db, target: string): Promise<{ pages: number }> {
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const result = await db.$client.backup(target);
  return { pages: result.totalPages };
}

export interface BackupCheck {
  integrity: string;
  chain: AuditVerification;
}

export interface RestoreOptions {
  /** An anchor kept outside the installation (npm run audit:anchor) that the backup must hold. */
  anchor?: SignedHead | null;
}

/** Opens a backup read-only and checks it: SQLite's integrity_check, then the audit chain, its signatures and records. */
export async function checkBackup(file: string, options: RestoreOptions = {}): Promise<BackupCheck> {
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
    const chain = await verifyAuditChain(drizzle(sqlite, { schema }) as unknown as Conn, { anchor: options.anchor });
    return { integrity, chain };
  } finally {
    sqlite.close();
  }
}

/**
 * Replaces `target` with the backup, only if the backup checks out and agrees with the signed
 * checkpoints of the database it replaces. The app must be stopped: the copy is written beside
 * the target and renamed over it, and the old WAL files removed.
 */
export async function restoreFrom(file: string, target: string, options: RestoreOptions = {}): Promise<BackupCheck & { installation: InstallationCheck }> {
  const check = await checkBackup(file, options);
  if (check.integrity !== "ok") throw new Error(`The backup fails SQLite's integrity check: ${check.integrity}`);
  if (!check.chain.ok) throw new Error(`The backup's audit chain does not verify: ${check.chain.subject}: ${check.chain.reason}`);
  const installation = installationDisagreement(file, target);
  if (installation.disagreement) throw new Error(`The backup disagrees with the database it would replace: ${installation.disagreement}`);
  const source = new Database(file, { readonly: true, fileMustExist: true });
  const staging = `${target}.restoring`;
  try {
    fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    await source.backup(staging);
  } finally {
    source.close();
  }
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(staging, target);
  return { ...check, installation };
}
