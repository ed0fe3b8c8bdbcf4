// A client's report before triage invents neither a severity nor a time (docs/decisions/013):
// severity "not yet assessed" with the critical clocks, "when" what the client said or not known.
import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/db/audit";
import { boardCards, serviceLevelTargetList } from "@/db/queries/board";
import { inboxRows, inboxScope } from "@/db/queries/inbox";
import { responseReport } from "@/db/queries/reports/response-report";
import { describeVerification } from "@/lib/audit/report";
import { executeCommand } from "@/lib/commands/command";
import { createFeedbackLink, receiveFeedback } from "@/lib/commands/feedback";
import { editSetback } from "@/lib/commands/setbacks";
import { triageSetback } from "@/lib/commands/triage";
import { arrangeBoard } from "@/lib/setbacks/board";
import { callsFirst } from "@/lib/setbacks/call-script";
import { RateLimiter } from "@/lib/rate-limit";
import { toLocalInputValue } from "@/lib/time/zoned";
import { count, freshDb, makeActor } from "../helpers/db";
import { aSetback, ok } from "../helpers/setback";

const HOUR = 3_600_000;

async function report(input: Record<string, unknown>, now = Date.now(), timeZone = "UTC") {
  const db = freshDb();
  db.$client.prepare("insert or replace into settings (key, value) values ('timeZone', ?)").run(JSON.stringify(timeZone));
  const manager = makeActor(db, "manager");
  const { clientId } = await aSetback(db, manager);
  const { token } = await ok(db, createFeedbackLink, manager, { clientId, label: "Operations team" });
  const limiter = () => new RateLimiter(5, HOUR);
  const result = receiveFeedback(db, { token, address: "203.0.113.5", now, perLink: limiter(), perAddress: limiter(), input: { what: "The portal shows last month's invoice", ...input } });
  const row = db.$client.prepare("select * from setbacks where number = 2").get() as Record<string, unknown>;
  return { db, manager, result, row, now };
}

describe("a client's report before triage", () => {
  it("has its severity not yet assessed and, when they did not say, its time not known (the sent time stands in)", async () => {
    const { db, row, now } = await report({});
    expect(row).toMatchObject({ severity: "unassessed", occurred_at: now, occurred_at_known: 0, discovered_at: now });
    expect(describeVerification(await verifyAuditChain(db))).toMatch(/^ok/);
  });

  it("keeps when the client said it happened, read in the organisation's zone", async () => {
    const now = Math.floor(Date.now() / 60_000) * 60_000; // the form says the minute
    const { row } = await report({ when: toLocalInputValue(now - 26 * HOUR, "Europe/Paris") }, now, "Europe/Paris");
    expect(row).toMatchObject({ occurred_at: now - 26 * HOUR, occurred_at_known: 1, discovered_at: now });
  });

  it("refuses a time ahead, naming the field, and writes nothing", async () => {
    const now = Date.now();
    const { result, db } = await report({ when: toLocalInputValue(now + 5 * 86_400_000, "UTC") }, now);
    expect(result).toMatchObject({ ok: false, status: 400, fieldErrors: { when: [expect.stringMatching(/^When it happened/)] } });
    expect(count(db, "setbacks")).toBe(1);
  });

  it("runs its clocks on the critical targets (2 h to notify), calls first, and waits in the team's inbox", async () => {
    const { db, manager, row, now } = await report({});
    const board = arrangeBoard(await boardCards(db, {}, null), await serviceLevelTargetList(db), now);
    const card = board.columns.find((c) => c.stage === "discovered")!.cards.find((c) => c.number === 2)!;
    expect(card.clock).toMatchObject({ kind: "notify", deadline: now + 2 * HOUR });
    expect(callsFirst("unassessed")).toBe(true);
    const rows = inboxRows(db, inboxScope(manager, now + 3 * HOUR, "UTC"));
    expect(rows.filter((r) => r.setbackNumber === 2).map((r) => r.kind)).toEqual(["triage"]);
    expect(row.severity).toBe("unassessed");
  });

  it("is outside the severity breakdowns, which name it, and has no invented detection lag", async () => {
    const { db, now } = await report({});
    const period = { from: now - 86_400_000, to: now + 86_400_000, label: "these two days" };
    const { tables } = await responseReport(db, { from: period.from, to: period.to }, period, "UTC", now);
    const bySeverity = tables.find((t) => t.id === "ttx-by-severity")!;
    expect(bySeverity.rows.map((r) => r[0])).toEqual(["High"]);
    expect(bySeverity.note).toBe("Not in this breakdown: 1 setback whose severity is not yet assessed (a client's report before triage).");
    const overall = tables[0];
    expect(overall.rows.find((r) => r[0] === "Detection lag")?.[1]).toBe("1");
  });

  it("needs a severity at triage, and an edit may keep 'not yet assessed' but not choose it anew", async () => {
    const { db, manager, row } = await report({});
    const triage = { setbackId: row.id, category: "billing_error", fault: "ours", ownerId: manager.id };
    expect(await executeCommand(db, triageSetback, manager, triage)).toMatchObject({ ok: false, status: 400, fieldErrors: { severity: ["Choose a severity"] } });
    expect(await executeCommand(db, triageSetback, manager, { ...triage, severity: "unassessed" })).toMatchObject({ ok: false, status: 400, fieldErrors: { severity: ["Choose a severity"] } });
    await ok(db, triageSetback, manager, { ...triage, severity: "low" });
    const edit = { setbackId: row.id, clientId: row.client_id, title: row.title, category: "billing_error", fault: "ours", source: "client", occurredAt: row.occurred_at, discoveredAt: row.discovered_at };
    expect(await executeCommand(db, editSetback, manager, { ...edit, severity: "unassessed" })).toMatchObject({ ok: false, fieldErrors: { severity: ["Choose a severity"] } });
    expect(describeVerification(await verifyAuditChain(db))).toMatch(/^ok/);
  });

  it("becomes known when someone sets when it happened, one event, and the chain replays it", async () => {
    const { db, manager, row } = await report({});
    const edit = { setbackId: row.id, clientId: row.client_id, title: row.title, category: "needs_triage", severity: "unassessed", fault: "unassessed", source: "client", discoveredAt: row.discovered_at };
    await ok(db, editSetback, manager, { ...edit, occurredAt: row.occurred_at });
    expect(db.$client.prepare("select occurred_at_known as known from setbacks where id = ?").get(row.id)).toEqual({ known: 0 });
    const earlier = Number(row.occurred_at) - 5 * HOUR;
    await ok(db, editSetback, manager, { ...edit, occurredAt: earlier });
    expect(db.$client.prepare("select occurred_at as at, occurred_at_known as known from setbacks where id = ?").get(row.id)).toEqual({ at: earlier, known: 1 });
    const event = db.$client.prepare("select data from events where kind = 'setback.updated' order by id desc").get() as { data: string };
    expect(JSON.parse(event.data).changes.occurredAtKnown).toEqual({ from: false, to: true });
    expect(describeVerification(await verifyAuditChain(db))).toMatch(/^ok/);
  });
});

describe("who a client's report is from", () => {
  it("is the contact their 'How can we reach you?' names, when it names exactly one", async () => {
    const { db, row } = await report({ reach: "Hannah Cole — hannah@northwind.example" });
    const contact = db.$client.prepare("select contact_id as id from communications where setback_id = ?").get(row.id) as { id: number | null };
    expect(db.$client.prepare("select name from contacts where id = ?").get(contact.id)).toEqual({ name: "Hannah Cole" });
    const unnamed = await report({ reach: "the night manager, room 4" });
    expect(unnamed.db.$client.prepare("select contact_id as id from communications where setback_id = ?").get(unnamed.row.id)).toEqual({ id: null });
  });
});
