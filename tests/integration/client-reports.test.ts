// A client's own report arrives honest (issue 14, part 4): nothing invented, their message kept as
// an inbound communication, a triage step before it may leave discovered.
import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/db/audit";
import { compensationTotals } from "@/db/queries/reports/outcomes";
import { describeVerification } from "@/lib/audit/report";
import { executeCommand } from "@/lib/commands/command";
import { createFeedbackLink, receiveFeedback, titleOf } from "@/lib/commands/feedback";
import { logCommunication } from "@/lib/commands/communications";
import { proposeCompensation } from "@/lib/commands/compensations";
import { moveSetback } from "@/lib/commands/lifecycle";
import { triageSetback } from "@/lib/commands/triage";
import { TRIAGE_FIRST } from "@/lib/setbacks/lifecycle";
import { RateLimiter } from "@/lib/rate-limit";
import { count, freshDb, makeActor } from "../helpers/db";
import { aSetback, ok, phoneCall } from "../helpers/setback";

const MESSAGE = "The portal shows last month's invoice\nsince Monday, for all three of our sites";

async function reported() {
  const db = freshDb();
  const manager = makeActor(db, "manager");
  const member = makeActor(db, "member", "Mia Member");
  const { clientId, contactId } = await aSetback(db, manager);
  const { token } = await ok(db, createFeedbackLink, manager, { clientId, label: "Operations team" });
  const eventsBefore = count(db, "events");
  const result = receiveFeedback(db, {
    token, address: "203.0.113.5", now: Date.now(), perLink: new RateLimiter(5, 3_600_000), perAddress: new RateLimiter(5, 3_600_000),
    input: { what: MESSAGE, impact: "We cannot pay", reach: "ana@example.com" },
  });
  const row = db.$client.prepare("select * from setbacks where number = 2").get() as Record<string, unknown>;
  return { db, manager, member, clientId, contactId, result, row, eventsBefore };
}

const triage = (setbackId: unknown, extra: Record<string, unknown> = {}) => ({ setbackId, severity: "high", category: "billing_error", fault: "ours", ...extra });

describe("a client's report", () => {
  it("lands with its fault not yet assessed, needing triage, titled by its first line, the message kept as an inbound web-form communication", async () => {
    const { db, result, row, eventsBefore } = await reported();
    expect(result).toEqual({ ok: true, reference: "SB-0002" });
    expect(row).toMatchObject({ fault: "unassessed", category: "needs_triage", title: "The portal shows last month's invoice", stage: "discovered", source: "client" });
    const comms = db.$client.prepare("select direction, channel, summary, body, author_id as author, shown_to_client as shown from communications where setback_id = ?").all(row.id);
    expect(comms).toEqual([{
      direction: "inbound", channel: "web_form", summary: "The portal shows last month's invoice", author: null, shown: 0,
      body: `${MESSAGE}\n\nHow it affects them: We cannot pay\n\nHow to reach them: ana@example.com`,
    }]);
    const events = db.$client.prepare("select kind, actor_id as actor from events where id > ? order by id").all(eventsBefore);
    expect(events).toEqual([{ kind: "setback.reported", actor: null }, { kind: "communication.logged", actor: null }]);
    expect(describeVerification(await verifyAuditChain(db))).toMatch(/^ok/);
  });

  it("takes at most 120 characters of the first line for its title, never splitting a character", () => {
    const long = `${"é".repeat(118)}😀😀😀 and more`;
    const title = titleOf(`${long}\r\nsecond line`);
    expect(Array.from(title)).toHaveLength(120);
    expect(title).toBe(`${"é".repeat(118)}😀…`);
    expect(titleOf("  Line one  \r\nLine two")).toBe("Line one");
  });

  it("is triaged by a member in one step and one event, after which it may move on", async () => {
    const { db, member, contactId, row } = await reported();
    await ok(db, logCommunication, member, phoneCall(Number(row.id), contactId));
    const before = count(db, "events");
    expect(await ok(db, triageSetback, member, triage(row.id, { ownerId: member.id, version: row.version }))).toEqual({ reference: "SB-0002" });
    expect(db.$client.prepare("select severity, category, fault, owner_id as owner from setbacks where id = ?").get(row.id)).toEqual({ severity: "high", category: "billing_error", fault: "ours", owner: member.id });
    const events = db.$client.prepare("select kind, data from events where id > ?").all(before) as { kind: string; data: string }[];
    expect(events.map((e) => e.kind)).toEqual(["setback.triaged"]);
    expect(JSON.parse(events[0].data).changes).toEqual({
      severity: { from: "unassessed", to: "high" }, category: { from: "needs_triage", to: "billing_error" }, fault: { from: "unassessed", to: "ours" }, ownerId: { from: null, to: member.id },
    });
    await ok(db, moveSetback, member, { setbackId: row.id, to: "notified" });
    expect(describeVerification(await verifyAuditChain(db))).toMatch(/^ok/);
  });

  it("refuses the placeholders as triage's choices, naming the field, and writes nothing", async () => {
    const { db, member, row } = await reported();
    const before = count(db, "events");
    expect(await executeCommand(db, triageSetback, member, triage(row.id, { fault: "unassessed", ownerId: member.id }))).toMatchObject({ ok: false, status: 400, fieldErrors: { fault: ["Choose whose fault it was"] } });
    expect(await executeCommand(db, triageSetback, member, triage(row.id, { category: "needs_triage", ownerId: member.id }))).toMatchObject({ ok: false, status: 400, fieldErrors: { category: ["Choose the category it belongs in, not Needs triage"] } });
    expect(await executeCommand(db, triageSetback, member, triage(row.id))).toMatchObject({ ok: false, status: 400, fieldErrors: { ownerId: ["Choose an owner"] } });
    expect(count(db, "events")).toBe(before);
    expect(db.$client.prepare("select fault, category from setbacks where id = ?").get(row.id)).toEqual({ fault: "unassessed", category: "needs_triage" });
  });

  it("refuses a second triage: the details are edited instead", async () => {
    const { db, member, row } = await reported();
    await ok(db, triageSetback, member, triage(row.id, { ownerId: member.id }));
    expect(await executeCommand(db, triageSetback, member, triage(row.id, { ownerId: member.id, severity: "low" }))).toMatchObject({ ok: false, status: 409, formError: "SB-0002 is triaged already; change its details with Edit details." });
  });

  it("cannot leave discovered untriaged, even with the client told, and says what to do", async () => {
    const { db, member, manager, contactId, row } = await reported();
    await ok(db, logCommunication, member, phoneCall(Number(row.id), contactId));
    expect(await executeCommand(db, moveSetback, member, { setbackId: row.id, to: "notified" })).toMatchObject({ ok: false, status: 409, formError: TRIAGE_FIRST });
    expect(await executeCommand(db, moveSetback, manager, { setbackId: row.id, to: "closed", closeAsMinor: "on", reason: "Trivial" })).toMatchObject({ ok: false, formError: TRIAGE_FIRST });
    expect(TRIAGE_FIRST).toBe("Triage it first: set its severity, category, fault and owner in the triage panel.");
  });

  it("stays out of the compensation-by-fault breakdown until its fault is assessed, and counts by category", async () => {
    const { db, manager, member, row } = await reported();
    await ok(db, proposeCompensation, manager, { setbackId: row.id, kind: "credit", amountCents: "50.00" });
    const period = { from: Date.now() - 86_400_000, to: Date.now() + 86_400_000 };
    expect(await compensationTotals(db, period, "fault")).toEqual([]);
    expect(await compensationTotals(db, period, "category")).toEqual([{ group: "needs_triage", currency: "EUR", totalCents: 5000, count: 1 }]);
    await ok(db, triageSetback, member, triage(row.id, { ownerId: member.id }));
    expect(await compensationTotals(db, period, "fault")).toEqual([{ group: "ours", currency: "EUR", totalCents: 5000, count: 1 }]);
  });
});
