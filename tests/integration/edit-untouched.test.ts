// Editing only some fields of a setback through the form records only those fields: the form
// sends dates to the minute (datetime-local) and text areas with CRLF line endings, and neither
// is a change an auditor should read as someone moving the clock or rewriting the description.
import { describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/commands/command";
import { createClient } from "@/lib/commands/clients";
import { editSetback, reportSetback } from "@/lib/commands/setbacks";
import { getSetbackByNumber, setbackTimeline } from "@/db/queries/setbacks";
import { toLocalInputValue } from "@/lib/time/zoned";
import { freshDb, makeActor } from "../helpers/db";

const ZONE = "Europe/London";
// Stored to the millisecond, as the API or the seed may write them (not on a minute).
const occurredAt = Date.now() - 6 * 3_600_000 - 12_345;
const discoveredAt = Date.now() - 2 * 3_600_000 - 30_378;

async function reported() {
  const db = freshDb();
  const manager = makeActor(db, "manager", "Maya Chen");
  const client = await executeCommand(db, createClient, manager, { name: "Northwind", notes: "" });
  if (!client.ok) throw new Error("client not created");
  const created = await executeCommand(db, reportSetback, manager, {
    clientId: client.value.id, title: "Pallet missed the hub", description: "The pallet left on time.\nIt missed the cut-off.",
    category: "delay", severity: "medium", fault: "ours", source: "internal", occurredAt, discoveredAt, ownerId: manager.id,
    clientRequest: "Call me first\nthen email",
  });
  if (!created.ok) throw new Error("setback not created");
  const { setback } = (await getSetbackByNumber(db, 1))!;
  // What the edit form posts back: every field as rendered, dates to the minute in the zone, CRLF.
  const form = {
    timeZone: ZONE, setbackId: String(setback.id), version: String(setback.version), clientId: String(setback.clientId),
    title: setback.title, description: setback.description.replace(/\n/g, "\r\n"), category: setback.category,
    severity: setback.severity, fault: setback.fault, source: setback.source,
    occurredAt: toLocalInputValue(setback.occurredAt, ZONE), discoveredAt: toLocalInputValue(setback.discoveredAt, ZONE),
    impact: setback.impact, ownerId: String(setback.ownerId), estimatedCostCents: "", clientRequest: setback.clientRequest.replace(/\n/g, "\r\n"),
    clientRequestAt: "",
  };
  return { db, manager, setbackId: setback.id, form };
}

describe("editing only some fields of a setback", () => {
  it("records exactly the title when only the title was edited, and keeps the stored instants and text", async () => {
    const { db, manager, setbackId, form } = await reported();
    const result = await executeCommand(db, editSetback, manager, { ...form, title: "Pallet missed the regional hub" });
    expect(result).toEqual({ ok: true, value: { reference: "SB-0001", changed: true } });
    const last = (await setbackTimeline(db, setbackId)).at(-1)!;
    expect(last.kind).toBe("setback.updated");
    expect(Object.keys(last.data.changes as object)).toEqual(["title"]);
    const { setback } = (await getSetbackByNumber(db, 1))!;
    expect(setback).toMatchObject({ occurredAt, discoveredAt, description: "The pallet left on time.\nIt missed the cut-off.", title: "Pallet missed the regional hub" });
  });

  it("records title, severity, category and fault when those four were edited, nothing else", async () => {
    const { db, manager, setbackId, form } = await reported();
    await executeCommand(db, editSetback, manager, { ...form, title: "Pallet late", severity: "high", category: "external", fault: "external" });
    const last = (await setbackTimeline(db, setbackId)).at(-1)!;
    expect(Object.keys(last.data.changes as object).sort()).toEqual(["category", "fault", "severity", "title"]);
  });

  it("writes no event when the form is saved untouched", async () => {
    const { db, manager, form } = await reported();
    expect(await executeCommand(db, editSetback, manager, form)).toEqual({ ok: true, value: { reference: "SB-0001", changed: false } });
  });

  it("records a date moved by a minute, from the stored instant to the new one", async () => {
    const { db, manager, setbackId, form } = await reported();
    const moved = toLocalInputValue(discoveredAt + 60_000, ZONE);
    await executeCommand(db, editSetback, manager, { ...form, discoveredAt: moved });
    const last = (await setbackTimeline(db, setbackId)).at(-1)!;
    const changes = last.data.changes as Record<string, { from: number; to: number }>;
    expect(Object.keys(changes)).toEqual(["discoveredAt"]);
    expect(changes.discoveredAt.from).toBe(discoveredAt);
    expect(toLocalInputValue(changes.discoveredAt.to, ZONE)).toBe(moved);
  });
});
