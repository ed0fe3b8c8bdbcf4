// The client's status page (issue 14, part 5): what sharedStatus lets through, and nothing else.
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { RESOLVED_SHOWN_MS, sharedStatus } from "@/db/queries/feedback";
import type { Actor } from "@/lib/commands/command";
import { createFeedbackLink, receiveFeedback } from "@/lib/commands/feedback";
import { logCommunication } from "@/lib/commands/communications";
import { moveSetback } from "@/lib/commands/lifecycle";
import { editSetback } from "@/lib/commands/setbacks";
import { RateLimiter } from "@/lib/rate-limit";
import { freshDb, makeActor } from "../helpers/db";
import { aSetback, ok, phoneCall } from "../helpers/setback";

const HOUR = 3_600_000;

/** Edits a setback as its form would, keeping every field but those in `changes`. */
async function edit(db: Db, actor: Actor, setbackId: number, changes: Record<string, unknown>) {
  const s = db.$client.prepare("select * from setbacks where id = ?").get(setbackId) as Record<string, unknown>;
  await ok(db, editSetback, actor, {
    setbackId, clientId: s.client_id, title: s.title, clientTitle: s.client_title, description: s.description, category: s.category, severity: s.severity,
    fault: s.fault, source: s.source, occurredAt: s.occurred_at, discoveredAt: s.discovered_at, ownerId: s.owner_id, sharedWithClient: s.shared_with_client ? "on" : "", ...changes,
  });
}

async function world() {
  const db = freshDb();
  const manager = makeActor(db, "manager", "Tom Okafor");
  const a = await aSetback(db, manager);
  await edit(db, manager, a.setbackId, { title: "Tom's picking error in bay 4", clientTitle: "Your delivery of 12 March", description: "Internal: the picker skipped the scan", sharedWithClient: "on" });
  const other = await aSetback(db, manager);
  await edit(db, manager, other.setbackId, { title: "Other client's outage", sharedWithClient: "on" });
  return { db, manager, a, other };
}

describe("the client's status page", () => {
  it("shows their shared setback by its client title, with the latest update shown to them and nothing internal", async () => {
    const { db, manager, a } = await world();
    await ok(db, logCommunication, manager, phoneCall(a.setbackId, a.contactId, { summary: "Internal: called their finance lead", occurredAt: new Date(Date.now() - 3 * HOUR).toISOString() }));
    const shownAt = new Date(Date.now() - 2 * HOUR).toISOString();
    await ok(db, logCommunication, manager, phoneCall(a.setbackId, a.contactId, { summary: "We are re-sending the missing boxes today", occurredAt: shownAt, shownToClient: "on", promise: "Tracking number", promiseDueAt: "2030-01-02", timeZone: "UTC" }));
    await ok(db, logCommunication, manager, { setbackId: a.setbackId, direction: "inbound", channel: "email", occurredAt: new Date(Date.now() - HOUR).toISOString(), summary: "Hannah: thanks, internal note to follow" });
    const entries = await sharedStatus(db, a.clientId);
    expect(entries).toEqual([{
      number: 1, title: "Your delivery of 12 March", stage: "discovered", resolvedAt: null, ownReport: false,
      lastUpdate: { at: Date.parse(shownAt), summary: "We are re-sending the missing boxes today" }, nextUpdateBy: Date.UTC(2030, 0, 2, 23, 59, 59), nextUpdateDay: "2030-01-02", late: false,
    }]);
    const seen = JSON.stringify(entries);
    for (const secret of ["Tom", "picking error", "Internal", "Hannah", "Other client"]) expect(seen).not.toContain(secret);
  });

  it("never shows the internal title: without a client title, a neutral one in the organisation's zone; and never another client's setback", async () => {
    const { db, other } = await world();
    const discovered = (db.$client.prepare("select discovered_at as at from setbacks where id = ?").get(other.setbackId) as { at: number }).at;
    const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" }).format(discovered);
    expect((await sharedStatus(db, other.clientId)).map((e) => [e.number, e.title])).toEqual([[2, `Your delay of ${day}`]]);
  });

  it("says a passed promise is late, until something is sent after it", async () => {
    const { db, manager, a } = await world();
    await ok(db, logCommunication, manager, phoneCall(a.setbackId, a.contactId, { occurredAt: new Date(Date.now() - 3 * HOUR).toISOString(), promise: "An update", promiseDueAt: "2030-01-02", timeZone: "UTC" }));
    const due = Date.UTC(2030, 0, 2, 23, 59, 59);
    expect((await sharedStatus(db, a.clientId, due))[0]).toMatchObject({ nextUpdateBy: due, late: false });
    expect((await sharedStatus(db, a.clientId, due + 1))[0]).toMatchObject({ nextUpdateBy: due, late: true });
    await ok(db, logCommunication, manager, phoneCall(a.setbackId, a.contactId, { occurredAt: new Date(Date.now() - HOUR).toISOString(), summary: "Called with the news" }));
    expect((await sharedStatus(db, a.clientId, due + 1))[0]).toMatchObject({ nextUpdateBy: null, late: false });
  });

  it("lists their own report with its reference and first line before triage, even unshared", async () => {
    const { db, manager, a } = await world();
    const { token } = await ok(db, createFeedbackLink, manager, { clientId: a.clientId, label: "Ops" });
    const sent = receiveFeedback(db, { token, address: "a", now: Date.now(), perLink: new RateLimiter(5, HOUR), perAddress: new RateLimiter(5, HOUR), input: { what: "Boxes arrived crushed\nThree of ten" } });
    expect(sent).toEqual({ ok: true, reference: "SB-0003" });
    // The team renames it for themselves: the client still reads what they wrote.
    await edit(db, manager, 3, { title: "Carrier damage — claim with DHL" });
    const own = (await sharedStatus(db, a.clientId)).find((e) => e.number === 3);
    expect(own).toMatchObject({ title: "Boxes arrived crushed", ownReport: true, stage: "discovered", lastUpdate: null });
  });

  it("keeps a resolved setback 30 days as resolved, then lets it leave", async () => {
    const db = freshDb();
    const manager = makeActor(db, "manager");
    const { setbackId, clientId } = await aSetback(db, manager, "low");
    await edit(db, manager, setbackId, { sharedWithClient: "on" });
    await ok(db, moveSetback, manager, { setbackId, to: "closed", closeAsMinor: "on", reason: "Sorted on the phone" });
    const closedAt = (db.$client.prepare("select stage_changed_at as t from setbacks where id = ?").get(setbackId) as { t: number }).t;
    expect((await sharedStatus(db, clientId, closedAt + RESOLVED_SHOWN_MS))[0]).toMatchObject({ stage: "closed", resolvedAt: closedAt, nextUpdateBy: null });
    expect(await sharedStatus(db, clientId, closedAt + RESOLVED_SHOWN_MS + 1)).toEqual([]);
  });
});
