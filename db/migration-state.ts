// Whether the database has every migration of db/migrations. The app migrates on open when it
// can write; a database that cannot be written is opened as it is, and GET /api/health says
// whether migrations are pending.
import type Database from "better-sqlite3";
import { readMigrationFiles, type MigrationMeta } from "drizzle-orm/migrator";

const folders = new Map<string, MigrationMeta[]>();

/** How many migrations of `folder` this database lacks, by drizzle's own rule. */
export function pendingMigrations(sqlite: Database.Database, folder: string): number {
  let migrations = folders.get(folder);
  if (!migrations) folders.set(folder, (migrations = readMigrationFiles({ migrationsFolder: folder })));
  const table = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  if (!table) return migrations.length;
  const last = sqlite.prepare('select created_at from "__drizzle_migrations" order by created_at desc limit 1').get() as { created_at: number | string } | undefined;
  // drizzle-orm's SQLite migrator applies each migration newer than the last one applied.
  return migrations.filter((m) => !last || Number(last.created_at) < m.folderMillis).length;
}
