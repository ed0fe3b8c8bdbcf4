// Opening a database that cannot be written — a write-protected file, a read-only copy or mount —
// so that its reads go on: every write is refused by SQLite (SQLITE_READONLY), which commands
// answer with "Amends could not save (the database is read-only)". Nothing is migrated; the
// health check says whether migrations are pending. Made writable again, it needs a restart.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const snapshots = new WeakSet<Database.Database>();

/** True when this connection reads a copy made at start (see below), not the file itself. */
export function readsSnapshot(sqlite: Database.Database): boolean {
  return snapshots.has(sqlite);
}

/** Whether this process may write the file (if it exists) and create its -wal and -shm beside it. */
export function mayWrite(file: string): boolean {
  try {
    if (fs.existsSync(file)) fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(path.resolve(file)), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A database this process may not write is read through a copy in the temporary directory,
 * made at start, so nothing is created beside it: SQLite would have to create the WAL's -shm
 * there (impossible in a read-only directory), and one created for a write-protected file is
 * write-protected too and would keep the database read-only after it is made writable again.
 * The copy takes the database and its -wal (a crash may have left one); nothing can change them
 * while they cannot be written. It is as large as the database, removed when the connection
 * closes or the process exits.
 */
function openSnapshot(file: string): Database.Database {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-read-only-"));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  process.once("exit", remove);
  const copy = path.join(dir, path.basename(file));
  fs.copyFileSync(file, copy);
  if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  const sqlite = new Database(copy, { readonly: true, fileMustExist: true });
  const close = sqlite.close.bind(sqlite);
  sqlite.close = () => {
    close();
    process.off("exit", remove);
    remove();
    return sqlite;
  };
  snapshots.add(sqlite);
  return sqlite;
}

function readable(sqlite: Database.Database): boolean {
  try {
    sqlite.prepare("select count(*) from sqlite_master").get();
    return true;
  } catch (error) {
    // Where the -shm cannot be created: SQLITE_CANTOPEN on a read-only mount, SQLITE_READONLY_*
    // (DIRECTORY, CANTINIT…) in a directory this user may not write.
    const code = (error as { code?: string }).code ?? "";
    if (code.startsWith("SQLITE_CANTOPEN") || code.startsWith("SQLITE_READONLY")) return false;
    throw error;
  }
}

export function openReadOnlyConnection(file: string): Database.Database {
  if (!fs.existsSync(file) || mayWrite(file)) {
    // A file this process could write, opened read-only on purpose: read in place.
    const direct = new Database(file, { readonly: true, fileMustExist: true });
    if (readable(direct)) return direct;
    direct.close();
  }
  return openSnapshot(file);
}
