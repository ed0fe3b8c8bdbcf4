import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { backupTo, checkBackup, restoreFrom } from "@/db/backup";
import { openDatabase } from "@/db/client";
import { executeCommand } from "@/lib/commands/command";
import { createClient } from "@/lib/commands/clients";
import { verifyAuditChain } from "@/db/audit";
import { seedDemo } from "@/db/seed";
import { freshDb, makeActor } from "../helpers/db";

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
});
