import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { verifyAuditChain } from "@/db/audit";
import { backupTo, restoreFrom } from "@/db/backup";
import { openDatabase, type Db } from "@/db/client";
import { createClient, editClient } from "@/lib/commands/clients";
import { logCommunication } from "@/lib/commands/communications";
import { describeVerification } from "@/lib/audit/report";
import { freshDb, makeActor } from "../helpers/db";
import { aSetback, ok, phoneCall } from "../helpers/setback";
import { cutChain, dropGuards, rewriteEvent } from "../helpers/tamper";

const DAY = 86_400_000;
const MONDAY = Date.UTC(2026, 10, 23, 9);

afterEach(() => vi.useRealTimers());

/** Three working days, three events each (a client created and renamed twice on each day). */
async function threeDays(): Promise<Db> {
  vi.useFakeTimers({ toFake: ["Date"] });
  const db = freshDb();
  for (let day = 0; day < 3; day++) {
    vi.setSystemTime(MONDAY + day * DAY);
    const actor = makeActor(db, "member");
    const { id } = await ok(db, createClient, actor, { name: `Client of day ${day + 1}` });
    await ok(db, editClient, actor, { clientId: String(id), name: `Client of day ${day + 1} Ltd`, version: "1" });
  }
  return db;
}

describe("a chain rewritten by someone who holds the database file but not the key", () => {
  it("an event edited, every later hash recomputed and the head moved along: caught", async () => {
    const db = await threeDays();
    rewriteEvent(db, 2, (data) => ({ ...data, name: "Someone else" }));
    const result = await verifyAuditChain(db);
    // The checkpoint of day 2 (event 4) signed the hash event 4 had; without the key it cannot be signed again.
    expect(result).toMatchObject({ ok: false, brokenId: 4, subject: "the checkpoint at event 4" });
    expect(describeVerification(result)).toMatch(/event 4 no longer has the hash signed on 2026-11-24 09:00 UTC: an event from 2 to 4 was changed/);
  });

  it("the last events and the head deleted: caught, and restore refuses the file", async () => {
    const db = await threeDays();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-cut-"));
    const file = path.join(dir, "backup.db");
    await backupTo(db, file);
    cutChain(db, 5);
    // The checkpoint of day 3 (event 7) names an event that is gone.
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, subject: "the checkpoint at event 7" });

    const copy = openDatabase(file);
    cutChain(copy, 5);
    copy.$client.close();
    await expect(restoreFrom(file, path.join(dir, "restored.db"))).rejects.toThrow("The backup's audit chain does not verify: the checkpoint at event 7");
    expect(fs.existsSync(path.join(dir, "restored.db"))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("a communication's summary edited in place, its trigger dropped: verify names the communication", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const { setbackId, contactId } = await aSetback(db, member);
    await ok(db, logCommunication, member, phoneCall(setbackId, contactId));
    const { communicationId } = await ok(db, logCommunication, member, phoneCall(setbackId, contactId, { summary: "Promised a refund by Friday" }));
    dropGuards(db);
    db.$client.prepare("update communications set summary = 'Nothing was promised' where id = ?").run(communicationId);
    const result = await verifyAuditChain(db);
    expect(result.ok).toBe(false);
    expect(describeVerification(result)).toMatch(new RegExp(`^broken: communication ${communicationId}: its summary differs from what event \\d+ \\(communication.logged\\) recorded`));
  });
});
