import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { backupTo, checkBackup, restoreFrom } from "@/db/backup";
import { openDatabase } from "@/db/client";
import { executeCommand } from "@/lib/commands/command";
import { createClient } from "@/lib/commands/clients";
import type { Db } from "@/db/client";
import { verifyAuditChain } from "@/db/audit";
import { seedDemo } from "@/db/seed";
import { signLegacyChain } from "@/db/audit-sign";
import { parseAuditKey } from "@/lib/audit/signature";
import { freshDb, makeActor } from "../helpers/db";
import { databaseBeforeCheckpoints, legacyChain } from "../helpers/legacy-chain";
import { dropGuards } from "../helpers/tamper";

describe("backup and restore", () => {
  it("backs up consistently while writes go on, and restores a database whose every event verifies", async () => {
    const db = freshDb();
    seedDemo(db);
    const member = makeActor(db, "member");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-backup-"));
    const file = path.join(dir, "backup.db");
    let writes = 0;
    let writing = true;
    // Write a client (and its event) on every turn of the event loop while the backup copies pages.
    const load = (async () => {
      while (writing) {
        await executeCommand(db, createClient, member, { name: `Load ${writes++}` });
        await new Promise((r) => setImmediate(r));
      }
    })();
    await backupTo(db, file);
    writing = false;
    await load;
    expect(writes).toBeGreaterThan(0);

    const check = await checkBackup(file);
    expect(check.integrity).toBe("ok");
    expect(check.chain.ok).toBe(true);

    const target = path.join(dir, "restored", "amends.db");
    await restoreFrom(file, target);
    const restored = openDatabase(target);
    expect(await verifyAuditChain(restored)).toMatchObject({ ok: true });
    restored.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses to restore a backup whose chain is broken", async () => {
    const db = freshDb();
    seedDemo(db);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-backup-"));
    const file = path.join(dir, "backup.db");
    await backupTo(db, file);
    const tampered = openDatabase(file);
    tampered.$client.exec("drop trigger events_no_update; update events set data = '{}' where id = 10;");
    tampered.$client.close();
    const target = path.join(dir, "target.db");
    await expect(restoreFrom(file, target)).rejects.toThrow("The backup's audit chain does not verify: event 10: its content does not match its hash");
    expect(fs.existsSync(target)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a backup whose history forked from this installation's, and one that does not hold a given anchor", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-backup-"));
    const live = path.join(dir, "live.db");
    const db = openDatabase(live);
    await writeDay(db, 0, "Kept");
    const older = path.join(dir, "older.db");
    await backupTo(db, older);
    await writeDay(db, 1, "Kept");
    const anchor = await verifyAuditChain(db);
    db.$client.close();
    // Another history from the same start: it verifies by itself, signed with the same key.
    const forked = path.join(dir, "forked.db");
    fs.copyFileSync(older, forked);
    const other = openDatabase(forked);
    await writeDay(other, 1, "Forked");
    other.$client.close();
    expect((await checkBackup(forked)).chain.ok).toBe(true);

    await expect(restoreFrom(forked, live)).rejects.toThrow("The backup disagrees with the database it would replace: its event 6 is not the one this installation signed on 2026-11-24 09:00 UTC: its history was rewritten, or it is another installation's");
    if (!anchor.ok || !anchor.head) throw new Error("no head");
    await expect(restoreFrom(older, live, { anchor: anchor.head })).rejects.toThrow("The backup's audit chain does not verify: the chain: it ends at event 3, before the anchor's event 6");
    // Merely older: restored, and it says what goes with the newer database.
    const restored = await restoreFrom(older, live);
    expect(restored.installation).toMatchObject({ disagreement: null, lostEvents: 3, replacedHead: { eventId: 6 } });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a backup made before checkpoints unless told to (--unsigned); the operator signs it after", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-backup-"));
    const file = path.join(dir, "old.db");
    const old = databaseBeforeCheckpoints(file);
    legacyChain(old, 5);
    old.close();
    const target = path.join(dir, "amends.db");
    await expect(restoreFrom(file, target)).rejects.toThrow("The backup's audit chain does not verify: the chain: it is not signed yet: no checkpoint signs its 5 events. After upgrading from a version before signed checkpoints, the operator signs it once with npm run audit:anchor -- --sign-unsigned; if it was signed before, its checkpoints were removed and its history cannot be trusted (a backup made before checkpoints existed: restore it with --unsigned if you trust where it came from)");
    expect(fs.existsSync(target)).toBe(false);
    expect(await restoreFrom(file, target, { acceptUnsigned: true })).toMatchObject({ unsigned: true, chain: { ok: false, subject: "the chain" } });
    const restored = openDatabase(target);
    expect(signLegacyChain(restored, parseAuditKey(process.env.AUDIT_KEY!))).toMatchObject({ eventId: 5, legacy: true });
    expect(await verifyAuditChain(restored)).toMatchObject({ ok: true, count: 5 });
    restored.$client.close();
    // An unsigned chain that is also broken is refused even so.
    const broken = openDatabase(file);
    dropGuards(broken);
    broken.$client.exec(`update events set data = '{}' where id = 2`);
    broken.$client.close();
    await expect(restoreFrom(file, path.join(dir, "other.db"), { acceptUnsigned: true })).rejects.toThrow("The backup's audit chain does not verify: event 2: its content does not match its hash");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

afterEach(() => vi.useRealTimers());

/** A working day: a member added and a client created and renamed, on day `day` of a fixed week. */
async function writeDay(db: Db, day: number, name: string) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.UTC(2026, 10, 23 + day, 9));
  const member = makeActor(db, "member");
  await executeCommand(db, createClient, member, { name: `${name} ${day}` });
  await executeCommand(db, createClient, member, { name: `${name} ${day} too` });
  vi.useRealTimers();
}
