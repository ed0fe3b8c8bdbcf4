import { describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/commands/command";
import { createClient } from "@/lib/commands/clients";
import { editSetback, reportSetback } from "@/lib/commands/setbacks";
import { changedSinceOpened } from "@/lib/commands/versions";
import { getSetbackByNumber, setbackTimeline } from "@/db/queries/setbacks";
import { verifyAuditChain } from "@/db/audit";
import { count, freshDb, makeActor } from "../helpers/db";

const HOUR = 3_600_000;

async function setup() {
  const db = freshDb();
  const member = makeActor(db, "member", "Sam Patel");
  const client = await executeCommand(db, createClient, member, { name: "Northwind", notes: "" });
  if (!client.ok) throw new Error("client not created");
  const input = {
    clientId: String(client.value.id),
    title: "Delivery two days late",
    category: "delay",
    severity: "high",
    fault: "ours",
    source: "internal",
    occurredAt: new Date(Date.now() - 6 * HOUR).toISOString(),
    discoveredAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    ownerId: String(member.id),
  };
  return { db, member, clientId: client.value.id, input };
}

describe("reporting a setback", () => {
  it("numbers setbacks SB-0001, SB-0002 and records a reported event with it", async () => {
    const { db, member, input } = await setup();
    const first = await executeCommand(db, reportSetback, member, input);
    const second = await executeCommand(db, reportSetback, member, { ...input, title: "Second" });
    expect(first).toMatchObject({ ok: true, value: { reference: "SB-0001" } });
    expect(second).toMatchObject({ ok: true, value: { reference: "SB-0002" } });

    const detail = await getSetbackByNumber(db, 2);
    expect(detail?.setback).toMatchObject({ title: "Second", stage: "discovered", severity: "high", reportedById: member.id });
    const timeline = await setbackTimeline(db, detail!.setback.id);
    expect(timeline.map((e) => [e.kind, e.actor, e.data.reference])).toEqual([["setback.reported", "Sam Patel", "SB-0002"]]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("refuses an unknown client id and writes nothing", async () => {
    const { db, member, input } = await setup();
    const before = count(db, "events");
    const result = await executeCommand(db, reportSetback, member, { ...input, clientId: "999" });
    expect(result).toEqual({ ok: false, status: 400, formError: "That client does not exist", fieldErrors: { clientId: ["That client does not exist"] } });
    expect(count(db, "setbacks")).toBe(0);
    expect(count(db, "events")).toBe(before);
  });

  it("refuses an unknown category and an inactive owner", async () => {
    const { db, member, input } = await setup();
    const result = await executeCommand(db, reportSetback, member, { ...input, category: "weather" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { category: ["Choose a category from the list"] } });
    const ghost = await executeCommand(db, reportSetback, member, { ...input, ownerId: "424242" });
    expect(ghost).toMatchObject({ ok: false, fieldErrors: { ownerId: ["Choose an active user as owner"] } });
    expect(count(db, "setbacks")).toBe(0);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const { db, member, input } = await setup();
    const result = await executeCommand(db, reportSetback, member, {
      ...input,
      title: "x".repeat(100_000),
      discoveredAt: new Date(Date.now() + 48 * HOUR).toISOString(),
    });
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { title: ["Title must be at most 200 characters"], discoveredAt: ["Discovered at cannot be in the future"] },
    });
    expect(count(db, "setbacks")).toBe(0);
  });

  it("refuses anyone who is not signed in", async () => {
    const { db, input } = await setup();
    expect(await executeCommand(db, reportSetback, null, input)).toMatchObject({ ok: false, status: 401 });
  });
});

describe("editing a setback", () => {
  it("records exactly the fields that changed, with before and after", async () => {
    const { db, member, input } = await setup();
    const created = await executeCommand(db, reportSetback, member, input);
    if (!created.ok) throw new Error("not created");
    const edited = await executeCommand(db, editSetback, member, { ...input, setbackId: String(created.value.id), severity: "critical", title: "Delivery three days late" });
    expect(edited).toEqual({ ok: true, value: { reference: "SB-0001", changed: true } });
    const timeline = await setbackTimeline(db, created.value.id);
    expect(timeline.at(-1)).toMatchObject({
      kind: "setback.updated",
      data: { changes: { severity: { from: "high", to: "critical" }, title: { from: "Delivery two days late", to: "Delivery three days late" } } },
    });
  });

  it("writes no event when nothing changed", async () => {
    const { db, member, input } = await setup();
    const created = await executeCommand(db, reportSetback, member, input);
    if (!created.ok) throw new Error("not created");
    const events = count(db, "events");
    const again = await executeCommand(db, editSetback, member, { ...input, setbackId: String(created.value.id) });
    expect(again).toEqual({ ok: true, value: { reference: "SB-0001", changed: false } });
    expect(count(db, "events")).toBe(events);
  });

  it("answers 404 for a setback that does not exist", async () => {
    const { db, member, input } = await setup();
    expect(await executeCommand(db, editSetback, member, { ...input, setbackId: "77" })).toMatchObject({ ok: false, status: 404 });
  });

  it("refuses an edit made from an older version, keeping the newer one, and never overwrites it", async () => {
    const { db, member, input } = await setup();
    const created = await executeCommand(db, reportSetback, member, input);
    if (!created.ok) throw new Error("not created");
    const setbackId = String(created.value.id);
    // Two people opened the form at version 1; the first saves, the second's save is refused.
    expect(await executeCommand(db, editSetback, member, { ...input, setbackId, version: "1", title: "Delivery three days late" })).toMatchObject({ ok: true });
    const events = count(db, "events");
    const stale = await executeCommand(db, editSetback, member, { ...input, setbackId, version: "1", severity: "low" });
    expect(stale).toEqual({ ok: false, status: 409, formError: changedSinceOpened("setback"), fieldErrors: {} });
    expect(count(db, "events")).toBe(events);
    const now = await getSetbackByNumber(db, 1);
    expect({ title: now?.setback.title, severity: now?.setback.severity, version: now?.setback.version }).toEqual({ title: "Delivery three days late", severity: "high", version: 2 });
    // Made again from the version now shown, it goes through.
    expect(await executeCommand(db, editSetback, member, { ...input, setbackId, version: "2", title: "Delivery three days late", severity: "low" })).toMatchObject({ ok: true, value: { changed: true } });
    expect((await getSetbackByNumber(db, 1))?.setback.version).toBe(3);
  });
});
