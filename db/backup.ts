// Online backup and checked restore, with SQLite's backup API (consistent while the app writes).
// A backup is checked as the copy that would be put in place, migrated as the app would migrate
// it, so a backup made by an older version is judged by today's rules (docs/decisions/010-audit-anchors.md).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { verifyAuditChain } from "./audit";
import { installationDisagreement, type InstallationCheck } from "./backup-agreement";
import { openDatabase, type Db } from "./client";
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
  /**
   * Accept a backup whose chain verifies by its hashes but was never signed (made before
   * checkpoints existed): nothing proves its history, so only an operator's choice lets it in.
   */
  acceptUnsigned?: boolean;
}

/** Copies `file` to `copy`, then checks the copy: SQLite's integrity_check, then (migrated) the audit chain. */
async function checkCopy(file: string, copy: string, options: RestoreOptions): Promise<BackupCheck> {
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(copy);
  } finally {
    source.close();
  }
  const plain = new Database(copy, { fileMustExist: true });
  const integrity = (plain.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
  plain.close();
  if (integrity !== "ok") return { integrity, chain: { ok: false, count: 0, brokenId: null, subject: "the file", reason: "it fails SQLite's integrity check" } };
  const db = openDatabase(copy);
  try {
    return { integrity, chain: await verifyAuditChain(db, { anchor: options.anchor }) };
  } finally {
    db.$client.close();
  }
}

/** Checks a backup without touching it (a temporary copy is checked, then removed). */
export async function checkBackup(file: string, options: RestoreOptions = {}): Promise<BackupCheck> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-check-"));
  try {
    return await checkCopy(file, path.join(dir, "check.db"), options);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Replaces `target` with the backup, only if the backup checks out and agrees with the signed
 * checkpoints of the database it replaces. The app must be stopped: the copy is written beside
 * the target and renamed over it, and the old WAL files removed.
 */
export async function restoreFrom(file: string, target: string, options: RestoreOptions = {}): Promise<BackupCheck & { installation: InstallationCheck; unsigned: boolean }> {
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const staging = `${target}.restoring`;
  const discard = () => ["", "-wal", "-shm"].forEach((suffix) => fs.rmSync(`${staging}${suffix}`, { force: true }));
  discard();
  try {
    const check = await checkCopy(file, staging, options);
    if (check.integrity !== "ok") throw new Error(`The backup fails SQLite's integrity check: ${check.integrity}`);
    const unsigned = !check.chain.ok && check.chain.unsigned === true;
    if (!check.chain.ok && !(unsigned && options.acceptUnsigned)) {
      const hint = unsigned ? " (a backup made before checkpoints existed: restore it with --unsigned if you trust where it came from)" : "";
      throw new Error(`The backup's audit chain does not verify: ${check.chain.subject}: ${check.chain.reason}${hint}`);
    }
    const installation = installationDisagreement(staging, target);
    if (installation.disagreement) throw new Error(`The backup disagrees with the database it would replace: ${installation.disagreement}`);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${target}${suffix}`, { force: true });
    fs.renameSync(staging, target);
    return { ...check, installation, unsigned };
  } finally {
    discard();
  }
}
