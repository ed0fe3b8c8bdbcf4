// The same failures as tests/integration/unwritable-database.test.ts, on real file systems:
// a small tmpfs filled to the last byte, the same remounted read-only (both need root and
// mount, so they are skipped where the machine does not allow them, as on most CI runners), and
// a write-protected file and directory (needs a user other than root, as on CI runners).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { verifyAuditChain } from "@/db/audit";
import { databaseHealth } from "@/db/health";
import { readsSnapshot } from "@/db/read-only";
import { listSetbacks } from "@/db/queries/setbacks";
import { executeCommand, type Actor } from "@/lib/commands/command";
import { reportSetback } from "@/lib/commands/setbacks";
import { count, makeActor } from "../helpers/db";
import { aSetback } from "../helpers/setback";
import { fillDisk, isRoot, mountTmpfs } from "../helpers/unwritable";

const HOUR = 3_600_000;
const mountable = (() => {
  const trial = mountTmpfs(64);
  trial?.unmount();
  return trial !== null;
})();

const longSetback = (clientId: number) => ({
  clientId, title: "Warehouse flooded", category: "delay", severity: "high", fault: "ours", source: "internal",
  occurredAt: new Date(Date.now() - 3 * HOUR).toISOString(), discoveredAt: new Date(Date.now() - 2 * HOUR).toISOString(),
  description: "Water in every aisle. ".repeat(400),
});

/** A database with a member and one setback, in `dir`. */
async function databaseIn(dir: string) {
  const db = openDatabase(path.join(dir, "amends.db"));
  const member = makeActor(db, "member");
  const { clientId } = await aSetback(db, member);
  return { db, member, clientId };
}

/** Opens `file` as the app would, checks it answers reads and refuses a write in words. */
async function expectReadOnly(file: string, member: Actor, clientId: number, snapshot: boolean) {
  let db: Db | undefined;
  try {
    db = openDatabase(file);
    expect(db.$client.readonly).toBe(true);
    expect(readsSnapshot(db.$client)).toBe(snapshot);
    expect((await listSetbacks(db, {})).rows.map((r) => r.title)).toEqual(["Delivery two days late"]);
    expect(await executeCommand(db, reportSetback, member, longSetback(clientId))).toMatchObject({ status: 503, formError: "Amends could not save (the database is read-only); nothing was saved." });
    expect(databaseHealth(() => db!)).toMatchObject({ readable: true, writable: false, migrations: "current" });
  } finally {
    db?.$client.close();
  }
}

describe.skipIf(!mountable)("on a small tmpfs", () => {
  it("filled to the last byte: reads go on, a save is refused with nothing written, and once space is freed it is saved", async () => {
    const disk = mountTmpfs(4096)!;
    let db: Db | undefined;
    try {
      const made = await databaseIn(disk.dir);
      db = made.db;
      const { member, clientId } = made;
      const before = { setbacks: count(db, "setbacks"), events: count(db, "events") };
      const filler = fillDisk(disk.dir);

      expect(await executeCommand(db, reportSetback, member, longSetback(clientId))).toMatchObject({ ok: false, status: 503, formError: "Amends could not save (the disk is full); nothing was saved." });
      expect({ setbacks: count(db, "setbacks"), events: count(db, "events") }).toEqual(before);
      expect((await listSetbacks(db, {})).rows).toHaveLength(1);
      expect(databaseHealth(() => db!)).toEqual({ readable: true, writable: false, migrations: "current", problem: "the disk is full" });

      fs.rmSync(filler);
      expect(await executeCommand(db, reportSetback, member, longSetback(clientId))).toMatchObject({ ok: true });
      expect(databaseHealth(() => db!)).toEqual({ readable: true, writable: true, migrations: "current" });
      expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: before.events + 1 });
    } finally {
      db?.$client.close();
      disk.unmount();
    }
  });

  it("remounted read-only: the app opens a copy read-only (SQLite cannot create its -shm there) and refuses writes", async () => {
    const disk = mountTmpfs(4096)!;
    try {
      const { db, member, clientId } = await databaseIn(disk.dir);
      db.$client.close();
      disk.readOnly();
      await expectReadOnly(path.join(disk.dir, "amends.db"), member, clientId, true);
    } finally {
      disk.unmount();
    }
  });
});

describe.skipIf(isRoot)("write-protected by its permissions", () => {
  it("a read-only file, and one in a read-only directory, is read through a copy, nothing is created beside it, and made writable it is written again", async () => {
    const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? "/tmp", "amends-protected-"));
    const file = path.join(dir, "amends.db");
    try {
      const { db, member, clientId } = await databaseIn(dir);
      db.$client.close();
      fs.chmodSync(file, 0o444);
      await expectReadOnly(file, member, clientId, true);
      // A write-protected -shm left beside it would keep the database read-only for good.
      expect(fs.readdirSync(dir)).toEqual(["amends.db"]);
      fs.chmodSync(dir, 0o555);
      await expectReadOnly(file, member, clientId, true);
      expect(fs.readdirSync(dir)).toEqual(["amends.db"]);

      fs.chmodSync(dir, 0o755);
      fs.chmodSync(file, 0o644);
      const writable = openDatabase(file);
      try {
        expect(writable.$client.readonly).toBe(false);
        expect(await executeCommand(writable, reportSetback, member, longSetback(clientId))).toMatchObject({ ok: true });
      } finally {
        writable.$client.close();
      }
    } finally {
      fs.chmodSync(dir, 0o755);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
