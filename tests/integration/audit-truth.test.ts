// The audit page tells the truth in its words: an old event names its setback by the title it
// had then, a time that is not the recording time says so, and communications page like events.
import { describe, expect, it } from "vitest";
import { appendEvent } from "@/db/audit";
import { pageCommunications } from "@/db/queries/audit-communications";
import { eventNames, pageEvents } from "@/db/queries/audit-events";
import { getSetbackByNumber } from "@/db/queries/setbacks";
import { eventSubject } from "@/lib/audit/subject";
import type { Actor } from "@/lib/commands/command";
import { logCommunication } from "@/lib/commands/communications";
import { addRemedyTask } from "@/lib/commands/remedies";
import { editSetback } from "@/lib/commands/setbacks";
import type { Db } from "@/db/client";
import { freshDb, makeActor } from "../helpers/db";
import { aSetback, ok, phoneCall } from "../helpers/setback";

const DAY = 86_400_000;

async function rename(db: Db, actor: Actor, title: string) {
  const { setback } = (await getSetbackByNumber(db, 1))!;
  await ok(db, editSetback, actor, {
    setbackId: String(setback.id), version: String(setback.version), clientId: String(setback.clientId), title, description: setback.description,
    category: setback.category, severity: setback.severity, fault: setback.fault, source: setback.source, occurredAt: setback.occurredAt, discoveredAt: setback.discoveredAt,
    impact: setback.impact, ownerId: String(setback.ownerId), estimatedCostCents: "", clientRequest: setback.clientRequest, clientRequestAt: "",
  });
}

async function subjects(db: Db) {
  const { rows } = await pageEvents(db, { setbackNumber: 1 });
  const names = await eventNames(db, rows);
  return rows.map((e) => [e.kind, eventSubject(e.kind, e.data, { names, clientName: e.clientName, setbackReference: "SB-0001", setbackTitle: e.setbackTitle, setbackTitleThen: e.setbackTitleThen })]);
}

describe("an event names its setback by the title it had when it was recorded", () => {
  it("shows the old title on events before a rename, with the current one as a hint, and no hint after", async () => {
    const db = freshDb();
    const manager = makeActor(db, "manager", "Maya Chen");
    const { setbackId, contactId } = await aSetback(db, manager);
    await rename(db, manager, "Late van");
    await ok(db, logCommunication, manager, phoneCall(setbackId, contactId));
    await rename(db, manager, "Late delivery to Leeds");
    await ok(db, addRemedyTask, manager, { setbackId, description: "Send the next van first thing", dueAt: new Date(Date.now() + DAY).toISOString() });
    expect(await subjects(db)).toEqual([
      ["remedy.added", "SB-0001 · Late delivery to Leeds"],
      ["setback.updated", "SB-0001 · Late delivery to Leeds"],
      ["communication.logged", "SB-0001 · Late van (now “Late delivery to Leeds”)"],
      ["setback.updated", "SB-0001 · Late van (now “Late delivery to Leeds”)"],
      ["setback.reported", "SB-0001 · Delivery two days late (now “Late delivery to Leeds”)"],
    ]);
  });
});

describe("which of an event's times is which", () => {
  it("says a communication logged two days after it happened happened then and was recorded now", async () => {
    const db = freshDb();
    const manager = makeActor(db, "manager");
    const { setbackId, contactId } = await aSetback(db, manager);
    const happened = Date.now() - 2 * DAY - 17 * 60_000;
    await ok(db, logCommunication, manager, phoneCall(setbackId, contactId, { occurredAt: new Date(happened).toISOString() }));
    const [logged] = (await pageEvents(db, { kind: "communication.logged" })).rows;
    expect(logged.when).toEqual({ kind: "happened", happened, recorded: logged.at });
    const [said] = (await pageCommunications(db, {})).rows;
    expect(said.when).toEqual({ kind: "happened", happened, recorded: said.createdAt });
    const [report] = (await pageEvents(db, { kind: "client.created" })).rows;
    expect(report.when).toEqual({ kind: "recorded", recorded: report.at });
  });

  it("says an event written back-dated, earlier than one the chain recorded before it, was recorded after that one", async () => {
    const db = freshDb();
    const admin = makeActor(db, "admin");
    const before = (await pageEvents(db, {})).rows[0];
    const backDated = before.at - 3 * DAY;
    db.transaction((tx) => appendEvent(tx, { kind: "retrospective.noted", actorId: admin.id, at: backDated, data: { label: "2026-Q3" } }));
    const [row] = (await pageEvents(db, { kind: "retrospective.noted" })).rows;
    expect(row.when).toEqual({ kind: "back-dated", happened: backDated, after: before.at });
  });
});

describe("the audit page's communications, a page at a time", () => {
  it("walks 7 communications in pages of 3, newest recorded first, forwards and back, within the search", async () => {
    const db = freshDb();
    const manager = makeActor(db, "manager");
    const { setbackId, contactId } = await aSetback(db, manager);
    const other = await aSetback(db, manager);
    for (let i = 1; i <= 7; i++) await ok(db, logCommunication, manager, phoneCall(setbackId, contactId, { summary: `Call ${i}` }));
    await ok(db, logCommunication, manager, phoneCall(other.setbackId, other.contactId, { summary: "Another setback's call" }));
    const search = { setbackNumber: 1 };
    const p1 = await pageCommunications(db, search, {}, 3);
    expect(p1.rows.map((c) => c.summary)).toEqual(["Call 7", "Call 6", "Call 5"]);
    expect(p1).toMatchObject({ total: 7, first: 1, hasNewer: false, hasOlder: true });
    const p2 = await pageCommunications(db, search, { before: p1.rows.at(-1)!.id }, 3);
    expect(p2.rows.map((c) => c.summary)).toEqual(["Call 4", "Call 3", "Call 2"]);
    expect(p2).toMatchObject({ total: 7, first: 4, hasNewer: true, hasOlder: true });
    const p3 = await pageCommunications(db, search, { before: p2.rows.at(-1)!.id }, 3);
    expect(p3.rows.map((c) => c.summary)).toEqual(["Call 1"]);
    expect(p3).toMatchObject({ first: 7, hasNewer: true, hasOlder: false });
    const back = await pageCommunications(db, search, { after: p3.rows[0].id }, 3);
    expect(back.rows.map((c) => c.summary)).toEqual(["Call 4", "Call 3", "Call 2"]);
    expect((await pageCommunications(db, {})).total).toBe(8);
  });
});
