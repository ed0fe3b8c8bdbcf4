// Databases that cannot be written, for tests that run anywhere (CI included):
// - full: SQLite's own page limit (PRAGMA max_page_count) set to the pages the file has, so any
//   write that needs a new page fails with SQLITE_FULL — the error a full disk gives, through the
//   same code path;
// - read-only: a copy opened with SQLite's read-only flag (chmod would not stop root), which
//   refuses every write with SQLITE_READONLY.
// And, where the machine allows it, the real thing: a small tmpfs filled up or remounted
// read-only (needs root and mount), or a write-protected file (needs a user other than root).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterEach } from "vitest";
import { openReadOnly, type Db } from "@/db/client";

/** No new page may be added to this database until `makeRoom`: writes that need one get SQLITE_FULL. */
export function fillUp(db: Db): void {
  const pages = db.$client.pragma("page_count", { simple: true }) as number;
  db.$client.pragma(`max_page_count = ${pages}`);
}

export function makeRoom(db: Db): void {
  db.$client.pragma("max_page_count = 4294967294");
}

const opened: Db[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.$client.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Copies a database file as an operator would (cp after a checkpoint) to a new directory. */
export function copyOf(db: Db): string {
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-copy-"));
  const file = path.join(dir, "amends.db");
  fs.copyFileSync(db.$client.name, file);
  dirs.push(dir);
  return file;
}

/** A read-only copy of `db`, open (and closed after the test). */
export function readOnlyCopy(db: Db): Db {
  const copy = openReadOnly(copyOf(db));
  opened.push(copy);
  return copy;
}

export const isRoot = process.getuid?.() === 0;

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}

/** A tmpfs of `sizeKb`, when this machine lets the tests mount one (root, not in a locked-down container). */
export function mountTmpfs(sizeKb: number): { dir: string; readOnly(): void; unmount(): void } | null {
  if (!isRoot) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-tmpfs-"));
  if (!run("mount", ["-t", "tmpfs", "-o", `size=${sizeKb}k`, "tmpfs", dir])) {
    fs.rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    readOnly: () => {
      if (!run("mount", ["-o", "remount,ro", dir])) throw new Error(`could not remount ${dir} read-only`);
    },
    // Lazily if a test left a file open there, so that no mount outlives the tests.
    unmount: () => {
      if (run("umount", [dir]) || run("umount", ["-l", dir])) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fills the file system that holds `dir` to the last byte (a file of zeros), and returns the file. */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, "filler");
  const fd = fs.openSync(filler, "w");
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (let size = chunk.length; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          fs.writeSync(fd, chunk, 0, size);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "ENOSPC") break;
          throw error;
        }
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}
