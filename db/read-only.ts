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

/**
 * A WAL database can only be read where SQLite can create its `-shm` file beside it. In a
 * read-only directory it cannot, so the database (and its `-wal`, if a crash left one) is
 * copied to the temporary directory at start and read there: nothing can change the original
 * while its directory is read-only. The copy is as large as the database, removed when the
 * connection closes or the process exits.
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
  const direct = new Database(file, { readonly: true, fileMustExist: true });
  if (readable(direct)) return direct;
  direct.close();
  return openSnapshot(file);
}
