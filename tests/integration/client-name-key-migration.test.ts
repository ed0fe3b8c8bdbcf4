// The client_name_key migration on a database written before it: every client gets its keys,
// and two clients that already meant the same name do not stop the start.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MIGRATIONS_FOLDER, openDatabase, type Db } from "@/db/client";
import { listClients } from "@/db/queries/clients";
import { executeCommand } from "@/lib/commands/command";
import { createClient, editClient } from "@/lib/commands/clients";
import { makeActor } from "../helpers/db";

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) db.$client.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A database migrated up to (not including) the migration whose tag ends with `tag`. */
function databaseBefore(tag: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-migration-"));
  dirs.push(dir);
  const folder = path.join(dir, "migrations");
  fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag.endsWith(tag));
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  const file = path.join(dir, "old.db");
  const sqlite = new Database(file);
  migrate(drizzle(sqlite), { migrationsFolder: folder });
  const insert = sqlite.prepare("insert into clients (id, name, created_at, updated_at) values (?, ?, 0, 0)");
  for (const [id, name] of [[1, "ÉCOLE MÜLLER"], [2, "école müller"], [3, "Société".normalize("NFD")], [4, "İstanbul Ltd"]] as const) insert.run(id, name);
  sqlite.close();
  return file;
}

const keys = (db: Db) => db.$client.prepare("select id, name_key as nameKey, search_key as searchKey from clients order by id").all();

describe("keying the clients of an existing database", () => {
  it("keys every client; of two that mean one name the older keeps the key, the start goes on and says so", async () => {
    const file = databaseBefore("client_name_key");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const db = openDatabase(file);
    dbs.push(db);
    expect(keys(db)).toEqual([
      { id: 1, nameKey: "école müller", searchKey: "ecole muller" },
      { id: 2, nameKey: null, searchKey: "ecole muller" },
      { id: 3, nameKey: "société", searchKey: "societe" },
      { id: 4, nameKey: "istanbul ltd", searchKey: "istanbul ltd" },
    ]);
    expect(warn).toHaveBeenCalledWith(
      '1 client name means the same as an older client\'s, so import and create match the older one: #2 "école müller" (same as #1 "ÉCOLE MÜLLER"). Rename one to tell them apart.',
    );

    // Both are found; a new one is matched to the older; the unkeyed one can be edited and renamed.
    expect((await listClients(db, "ecole")).map((c) => c.id)).toEqual([1, 2]);
    const member = makeActor(db, "member");
    expect(await executeCommand(db, createClient, member, { name: "École müller" })).toMatchObject({ ok: false, status: 409, fieldErrors: { name: [expect.stringContaining("“ÉCOLE MÜLLER”")] } });
    expect(await executeCommand(db, editClient, member, { clientId: 2, version: 1, name: "école müller", notes: "The Lyon school" })).toMatchObject({ ok: true });
    expect(await executeCommand(db, editClient, member, { clientId: 2, version: 2, name: "École Müller Lyon" })).toMatchObject({ ok: true });
    expect(keys(db)[1]).toEqual({ id: 2, nameKey: "école müller lyon", searchKey: "ecole muller lyon" });
  });

  it("is quiet on the next start once the other is renamed, and refuses a client inserted without keys", async () => {
    const file = databaseBefore("client_name_key");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const first = openDatabase(file);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(await executeCommand(first, editClient, makeActor(first, "member"), { clientId: 2, version: 1, name: "École Müller Lyon" })).toMatchObject({ ok: true });
    first.$client.close();
    warn.mockClear();
    const db = openDatabase(file);
    dbs.push(db);
    expect(warn).not.toHaveBeenCalled();
    expect(() => db.$client.prepare("insert into clients (name, created_at, updated_at) values ('Raw', 0, 0)").run()).toThrow(/needs its name_key and search_key/);
  });

  it("gives the newer its key on the next start once the older is renamed", async () => {
    const file = databaseBefore("client_name_key");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const first = openDatabase(file);
    expect(await executeCommand(first, editClient, makeActor(first, "member"), { clientId: 1, version: 1, name: "ÉCOLE MÜLLER PARIS" })).toMatchObject({ ok: true });
    first.$client.close();
    warn.mockClear();
    const db = openDatabase(file);
    dbs.push(db);
    expect(warn).not.toHaveBeenCalled();
    expect(keys(db).slice(0, 2)).toEqual([
      { id: 1, nameKey: "école müller paris", searchKey: "ecole muller paris" },
      { id: 2, nameKey: "école müller", searchKey: "ecole muller" },
    ]);
  });
});
