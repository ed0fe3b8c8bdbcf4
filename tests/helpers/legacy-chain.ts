// A database as versions before signed checkpoints left it: events chained with an unsigned
// head, and (`databaseBeforeCheckpoints`) the schema of every migration before the one that
// added the checkpoints table — found by its content, so it holds whatever that migration's number.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { MIGRATIONS_FOLDER } from "@/db/client";
import { eventHash, GENESIS_HASH } from "@/lib/audit/chain";

export function legacyChain(sqlite: Database.Database, n: number): void {
  let prevHash = GENESIS_HASH;
  const insert = sqlite.prepare("insert into events (id, occurred_at, actor_id, kind, setback_id, client_id, data, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (let id = 1; id <= n; id++) {
    const content = { id, occurredAt: 1_790_000_000_000 + id, actorId: null, kind: "client.created", setbackId: null, clientId: null, data: `{"name":"Legacy ${id}"}` };
    const hash = eventHash(prevHash, content);
    insert.run(id, content.occurredAt, null, content.kind, null, null, content.data, prevHash, hash);
    prevHash = hash;
  }
  sqlite.prepare("insert into settings (key, value) values ('audit.head', ?) on conflict(key) do update set value = excluded.value").run(JSON.stringify({ id: n, hash: prevHash }));
}

export function databaseBeforeCheckpoints(file: string): Database.Database {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "amends-migrations-"));
  fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  const added = journal.entries.findIndex((e) => fs.readFileSync(path.join(folder, `${e.tag}.sql`), "utf8").includes("CREATE TABLE `audit_checkpoints`"));
  journal.entries = journal.entries.slice(0, added);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  const sqlite = new Database(file);
  migrate(drizzle(sqlite), { migrationsFolder: folder });
  fs.rmSync(folder, { recursive: true, force: true });
  return sqlite;
}
