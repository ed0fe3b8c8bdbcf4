import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/db/audit";
import { seedDemo } from "@/db/seed";
import { executeCommand } from "@/lib/commands/command";
import { createClient, editClient } from "@/lib/commands/clients";
import { freshDb, makeActor } from "../helpers/db";

/** Someone with the file in hand can drop the triggers first; the chain must still tell. */
function dropGuards(db: ReturnType<typeof freshDb>) {
  db.$client.exec("drop trigger events_no_update; drop trigger events_no_delete;");
}

async function withEvents() {
  const db = freshDb();
  const member = makeActor(db, "member");
  for (const name of ["Northwind", "Tidewater", "Crescent"]) {
    const created = await executeCommand(db, createClient, member, { name });
    if (!created.ok) throw new Error("not created");
    await executeCommand(db, editClient, member, { clientId: String(created.value.id), name: `${name} Ltd` });
  }
  return db;
}

describe("the audit chain in SQLite", () => {
  it("every write appended an event and the chain verifies", async () => {
    const db = await withEvents();
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 7 });
  });

  it("detects an event edited behind the application's back", async () => {
    const db = await withEvents();
    dropGuards(db);
    db.$client.prepare(`update events set data = '{"name":"Someone else"}' where id = 4`).run();
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenId: 4, count: 3 });
  });

  it("detects a deleted event", async () => {
    const db = await withEvents();
    dropGuards(db);
    db.$client.prepare("delete from events where id = 3").run();
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenId: 4 });
  });

  it("detects the newest event deleted", async () => {
    const db = await withEvents();
    dropGuards(db);
    db.$client.prepare("delete from events where id = 7").run();
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenId: 7 });
  });

  it("detects two events swapped", async () => {
    const db = await withEvents();
    dropGuards(db);
    db.$client.exec("update events set id = -1 where id = 2; update events set id = 2 where id = 3; update events set id = 3 where id = -1;");
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenId: 2 });
  });

  it("refuses a direct UPDATE or DELETE of an event or a communication", async () => {
    const db = await withEvents();
    expect(() => db.$client.prepare("update events set kind = 'x' where id = 1").run()).toThrow("events are append-only");
    expect(() => db.$client.prepare("delete from events").run()).toThrow("events are append-only");
    seedDemo(db);
    expect(() => db.$client.prepare("update communications set summary = 'nothing happened'").run()).toThrow("communications are append-only");
    expect(() => db.$client.prepare("delete from communications").run()).toThrow("communications are append-only");
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("verifies the whole demo story", async () => {
    const db = freshDb();
    const counts = seedDemo(db);
    expect(counts).toEqual({ users: 5, clients: 12, setbacks: 40 });
    const result = await verifyAuditChain(db);
    expect(result.ok).toBe(true);
  });
});
