// What GET /api/health reports about the database (db/health.ts), in each state it can be in.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openReadOnly } from "@/db/client";
import { databaseHealth } from "@/db/health";
import { freshDb, makeActor } from "../helpers/db";
import { copyOf, fillUp, makeRoom, readOnlyCopy } from "../helpers/unwritable";

describe("the database's health", () => {
  it("is readable, writable and migrated when all is well, and the probe counts as no change", () => {
    const db = freshDb();
    const changes = () => (db.$client.prepare("select total_changes() as n").get() as { n: number }).n;
    const before = changes();
    expect(databaseHealth(() => db)).toEqual({ readable: true, writable: true, migrations: "current" });
    expect(changes()).toBe(before);
  });

  it("says a read-only database cannot be written", () => {
    const db = freshDb();
    expect(databaseHealth(() => readOnlyCopy(db))).toEqual({ readable: true, writable: false, migrations: "current", problem: "the database is read-only" });
  });

  it("says a full database cannot be written, and can again once there is room", () => {
    const db = freshDb();
    makeActor(db, "member");
    fillUp(db);
    expect(databaseHealth(() => db)).toEqual({ readable: true, writable: false, migrations: "current", problem: "the disk is full" });
    makeRoom(db);
    expect(databaseHealth(() => db)).toMatchObject({ writable: true });
  });

  it("says the database is busy while another program holds the write lock", () => {
    const db = freshDb();
    db.$client.pragma("busy_timeout = 0"); // the app waits 5 s first; the answer is the same
    const other = new Database(db.$client.name);
    other.exec("begin immediate");
    try {
      expect(databaseHealth(() => db)).toEqual({ readable: true, writable: false, migrations: "current", problem: "the database is busy with another program's write" });
    } finally {
      other.exec("rollback");
      other.close();
    }
    expect(databaseHealth(() => db)).toMatchObject({ writable: true });
  });

  it("reports migrations pending on a database that lacks one (opened read-only, so not migrated)", () => {
    const file = copyOf(freshDb());
    const older = new Database(file);
    older.exec('delete from "__drizzle_migrations" where created_at = (select max(created_at) from "__drizzle_migrations")');
    older.close();
    const db = openReadOnly(file);
    try {
      expect(databaseHealth(() => db)).toMatchObject({ readable: true, migrations: "pending" });
    } finally {
      db.$client.close();
    }
  });

  it("says a database that cannot be opened is not readable", () => {
    const missing = copyOf(freshDb()).replace(/amends\.db$/, "missing.db");
    expect(databaseHealth(() => openReadOnly(missing))).toEqual({ readable: false, writable: false, migrations: "unknown", problem: "the database file could not be opened" });
    expect(databaseHealth(() => openReadOnly("/nonexistent/amends.db"))).toEqual({ readable: false, writable: false, migrations: "unknown", problem: "the database could not be opened" });
  });
});
