import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { appendEvent } from "@/db/audit";
import { insertUser } from "@/db/writes/users";
import type { Role } from "@/lib/auth/roles";
import type { Actor } from "@/lib/commands/command";

const opened: { db: Db; dir: string }[] = [];

afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A new, migrated SQLite file of its own, removed after the test. */
export function freshDb(): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-test-"));
  const db = openDatabase(path.join(dir, "test.db"));
  opened.push({ db, dir });
  return db;
}

let counter = 0;
/** A user of `role` written straight to the database (no password check needed). */
export function makeActor(db: Db, role: Role, name?: string): Actor {
  const n = ++counter;
  name ??= `${role} ${n}`;
  const id = db.transaction((tx) => {
    const userId = insertUser(tx, { email: `${role}${n}@test.example`, name, role, passwordHash: "x", createdAt: Date.now() });
    appendEvent(tx, { kind: "user.created", actorId: null, data: { userId, role } });
    return userId;
  });
  return { id, name, role };
}

export function count(db: Db, table: string): number {
  return (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
}
