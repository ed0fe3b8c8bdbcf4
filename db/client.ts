// One connection per process: pragmas, migrations on open, and the transaction helper.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type { RunResult } from "better-sqlite3";
import * as schema from "./schema";
import { ensureReferenceData } from "./defaults";
import { keyClientNames, warnSharedClientKeys } from "./writes/client-name-keys";
import { mayWrite, openReadOnlyConnection } from "./read-only";
import { storageRefusal } from "./storage-errors";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A database or an open transaction: what every query and write function takes. */
export type Conn = BaseSQLiteDatabase<"sync", RunResult, typeof schema>;

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** `DATABASE_URL` may be a path or a `file:` URL; the default lives under `data/`. */
export function databasePath(url = process.env.DATABASE_URL): string {
  const value = url?.trim() || "data/amends.db";
  return value.startsWith("file:") ? value.slice("file:".length) : value;
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * drizzle prepares every query afresh, and preparing is a good part of a small query's cost
 * (about 1.5 ms of a board request at 100,000 setbacks). Its SQL text is stable (values are
 * bound, not inlined), so statements are kept by text and reused, the oldest dropped first.
 */
function cacheStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source);
      // drizzle's values() switches a statement to arrays; every other use expects objects.
      if (statement.reader) statement.raw(false);
    } else {
      statement = prepare(source);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, statement);
    return statement;
  }) as typeof sqlite.prepare;
}

function connect(sqlite: Database.Database): Db {
  cacheStatements(sqlite);
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return drizzle(sqlite, { schema }) as Db;
}

function openWritable(file: string): Db {
  const dir = path.dirname(path.resolve(file));
  if (file !== ":memory:" && !fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true });
  const sqlite = new Database(file);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    const db = connect(sqlite);
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    db.transaction((tx) => ensureReferenceData(tx));
    warnSharedClientKeys(keyClientNames(db));
    return db;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** The database opened read-only, as it is (no migration): reads work, every write is refused. */
export function openReadOnly(file = databasePath()): Db {
  return connect(openReadOnlyConnection(file));
}

/**
 * Opens and migrates the database. One that cannot be written (a write-protected file, a
 * read-only copy or mount) is opened read-only instead, unmigrated, so that reads go on and
 * every write is refused in words (db/read-only.ts, db/storage-errors.ts). A full disk or a
 * lock at start is not that: it fails the open, and the next request tries again.
 */
export function openDatabase(file = databasePath()): Db {
  // Not even tried read-write: that would create a write-protected -shm beside it (db/read-only.ts).
  if (file !== ":memory:" && fs.existsSync(file) && !mayWrite(file)) return openReadOnly(file);
  try {
    return openWritable(file);
  } catch (error) {
    const problem = storageRefusal(error)?.problem;
    if (file === ":memory:" || (problem !== "read-only" && problem !== "cannot-open")) throw error;
    return openReadOnly(file);
  }
}

// Kept on globalThis so that dev-server reloads reuse the connection instead of leaking one.
const holder = globalThis as unknown as { __amendsDb?: Db };

export function getDb(): Db {
  holder.__amendsDb ??= openDatabase();
  return holder.__amendsDb;
}

/** Closes the process's connection (tests and scripts that switch files). */
export function closeDb(): void {
  holder.__amendsDb?.$client.close();
  holder.__amendsDb = undefined;
}

/**
 * Runs `fn` in one IMMEDIATE transaction. better-sqlite3 transactions are synchronous: `fn`
 * must not await, or the commit would happen before its writes. A throw rolls everything back.
 */
export function inTransaction<T>(db: Db, fn: (tx: Conn) => T): T {
  return db.transaction((tx) => fn(tx), { behavior: "immediate" });
}
