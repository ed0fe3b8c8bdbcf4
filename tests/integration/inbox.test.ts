// "Needs me" is derived from the records: each entry appears when its record says so and leaves
// by itself when the record is resolved; the navigation's count always equals the entries.
import { describe, expect, it } from "vitest";
import { inboxCount, inboxRows, inboxScope } from "@/db/queries/inbox";
import { inboxTotal } from "@/db/queries/inbox-total";
import { rankInbox } from "@/lib/setbacks/inbox";
import { getOrgSettings } from "@/db/queries/settings";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/commands/command";
import { logCommunication } from "@/lib/commands/communications";
import { approveCompensation, proposeCompensation } from "@/lib/commands/compensations";
import { addRemedyTask, completeRemedyTask } from "@/lib/commands/remedies";
import { createFeedbackLink, receiveFeedback } from "@/lib/commands/feedback";
import { reportSetback } from "@/lib/commands/setbacks";
import { RateLimiter } from "@/lib/rate-limit";
import { toLocalDate } from "@/lib/time/zoned";
import { freshDb, makeActor } from "../helpers/db";
import { aSetback, ok, phoneCall } from "../helpers/setback";

const HOUR = 3_600_000;

async function inbox(db: Db, actor: Actor) {
  const q = inboxScope(actor, Date.now(), (await getOrgSettings(db)).timeZone);
  const rows = inboxRows(db, q);
  // The navigation's one statement counts exactly what the page lists.
  expect(inboxCount(db, q)).toBe(rows.length);
  // …and the navigation's number counts what the page shows (a follow-up's clock folded into it).
  expect(inboxTotal(db, q)).toBe(rankInbox(rows, q.now).total);
  return rows.map((r) => `${r.kind}:${r.what}`).sort();
}

async function today(db: Db) {
  return toLocalDate(Date.now(), (await getOrgSettings(db)).timeZone);
}

describe("Needs me", () => {
  it("shows the owner what waits on them, and each entry leaves once its record is resolved", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    // Critical: 2 h to notify, discovered 2 h ago, so the clock is running out.
    const { setbackId, contactId } = await aSetback(db, member, "critical");
    expect(await inbox(db, member)).toEqual(["clock:notify"]);

    await ok(db, logCommunication, member, phoneCall(setbackId, contactId, { promise: "The new delivery date", promiseDueAt: await today(db) }));
    expect(await inbox(db, member)).toEqual(["promise:The new delivery date"]);

    // The promised update sent: the promise is kept and leaves.
    await ok(db, logCommunication, member, phoneCall(setbackId, contactId, { summary: "Gave them the new date", occurredAt: new Date(Date.now() - 30 * 60_000).toISOString() }));
    expect(await inbox(db, member)).toEqual([]);

    const { taskId } = await ok(db, addRemedyTask, member, { setbackId, description: "Re-send by express", ownerId: member.id, dueAt: await today(db) });
    expect(await inbox(db, member)).toEqual(["remedy:Re-send by express"]);
    await ok(db, completeRemedyTask, member, { taskId });
    expect(await inbox(db, member)).toEqual([]);
  });

  it("keeps a corrected promise out: the correction's promise is the one standing", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const { setbackId, contactId } = await aSetback(db, member, "low");
    const first = await ok(db, logCommunication, member, phoneCall(setbackId, contactId, { promise: "A call back", promiseDueAt: await today(db) }));
    expect(await inbox(db, member)).toEqual(["promise:A call back"]);
    await ok(db, logCommunication, member, phoneCall(setbackId, contactId, { summary: "Called, no promise made", correctsId: String(first.communicationId) }));
    expect(await inbox(db, member)).toEqual([]);
  });

  it("shows the author of a promise on someone else's setback", async () => {
    const db = freshDb();
    const owner = makeActor(db, "member");
    const colleague = makeActor(db, "member");
    const { setbackId, contactId } = await aSetback(db, owner, "low");
    await ok(db, logCommunication, colleague, phoneCall(setbackId, contactId, { promise: "Written confirmation", promiseDueAt: await today(db) }));
    expect(await inbox(db, colleague)).toEqual(["promise:Written confirmation"]);
    expect(await inbox(db, owner)).toEqual(["promise:Written confirmation"]);
  });

  it("asks a manager to approve a member's compensation above the threshold, never their own, until decided", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const manager = makeActor(db, "manager");
    const { setbackId } = await aSetback(db, member, "low");
    const { compensationId } = await ok(db, proposeCompensation, member, { setbackId, kind: "credit", amountCents: "800.00" });
    await ok(db, proposeCompensation, manager, { setbackId, kind: "refund", amountCents: "100.00" });
    expect(await inbox(db, manager)).toEqual(["approval:"]);
    expect(await inbox(db, member)).toEqual([]);
    const [row] = inboxRows(db, inboxScope(manager, Date.now(), "UTC"));
    expect(row).toMatchObject({ amountCents: 80_000, currency: "EUR", compensationKind: "credit", proposer: member.name });
    await ok(db, approveCompensation, manager, { compensationId });
    expect(await inbox(db, manager)).toEqual([]);
  });

  it("shows managers the client reports nobody triaged and the breaches nobody owns, until someone owns them", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const manager = makeActor(db, "manager");
    const { clientId } = await aSetback(db, member, "low");
    const base = { clientId, category: "delay", fault: "ours", occurredAt: new Date(Date.now() - 40 * HOUR).toISOString() };
    // Through the client's link, as a client reports: not yet assessed, needing triage.
    const { token } = await ok(db, createFeedbackLink, manager, { clientId, label: "Front desk" });
    const limiter = () => new RateLimiter(5, HOUR);
    expect(receiveFeedback(db, { token, address: "203.0.113.5", now: Date.now(), perLink: limiter(), perAddress: limiter(), input: { what: "Reported by the client" } })).toMatchObject({ ok: true });
    // Medium: 24 h to notify, discovered 30 h ago, nobody owns it.
    await ok(db, reportSetback, member, { ...base, title: "Found by us", severity: "medium", source: "internal", discoveredAt: new Date(Date.now() - 30 * HOUR).toISOString() });
    expect(await inbox(db, manager)).toEqual(["triage:", "unowned_breach:notify"]);
    expect(await inbox(db, member)).toEqual([]);
  });

  it("keeps each setback's standing promise exactly as its definition says (the trigger of migration 0017)", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const { setbackId, contactId } = await aSetback(db, member, "low");
    const standing = () =>
      db.$client
        .prepare(
          `select s.last_outbound_id as id, s.promise_due_at as due, s.promise_author_id as author,
             (select c.id from communications c where c.setback_id = s.id and c.direction = 'outbound'
                and not exists (select 1 from communications k where k.corrects_id = c.id) order by c.occurred_at desc, c.id desc limit 1) as expected
           from setbacks s where s.id = ?`,
        )
        .get(setbackId) as { id: number | null; due: number | null; author: number | null; expected: number | null };
    expect(standing()).toEqual({ id: null, due: null, author: null, expected: null });
    const a = await ok(db, logCommunication, member, phoneCall(setbackId, contactId, { promise: "x", promiseDueAt: "2030-01-01" }));
    expect(standing()).toMatchObject({ id: a.communicationId, expected: a.communicationId, author: member.id });
    expect(standing().due).not.toBeNull();
    // An older communication logged later does not replace the newer one; an inbound one never does.
    await ok(db, logCommunication, member, phoneCall(setbackId, contactId, { occurredAt: new Date(Date.now() - 5 * HOUR).toISOString() }));
    await ok(db, logCommunication, member, phoneCall(setbackId, contactId, { direction: "inbound" }));
    expect(standing()).toMatchObject({ id: a.communicationId, expected: a.communicationId });
    const b = await ok(db, logCommunication, member, phoneCall(setbackId, contactId, { correctsId: String(a.communicationId), occurredAt: new Date(Date.now() - 6 * HOUR).toISOString() }));
    const after = standing();
    expect(after.id).toBe(after.expected);
    expect(after.id).not.toBe(a.communicationId);
    expect(after.due).toBeNull();
    expect(b.communicationId).toBeGreaterThan(a.communicationId);
  });

  it("shows a follow-up once: the planned follow-up carries its setback's follow-up target, and the count says 1", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const { setbackId, contactId } = await aSetback(db, member, "low");
    // A one-hour follow-up target, so that it runs out within the inbox's two-hour warning.
    db.$client.prepare("update service_level_targets set follow_up_hours = 1 where severity = 'low'").run();
    await ok(db, logCommunication, member, phoneCall(setbackId, contactId));
    const { taskId } = await ok(db, addRemedyTask, member, { setbackId, description: "Re-send by express", ownerId: member.id });
    await ok(db, completeRemedyTask, member, { taskId });
    // The remedy's completion proposed the first follow-up for the target's deadline; it is due now.
    db.$client.prepare("update follow_ups set due_at = ? where setback_id = ?").run(Date.now() - 60_000, setbackId);
    expect(await inbox(db, member)).toEqual(["clock:follow_up", "follow_up:"]);
    const q = inboxScope(member, Date.now(), "UTC");
    const shown = rankInbox(inboxRows(db, q), q.now);
    expect(shown.total).toBe(1);
    expect(inboxTotal(db, q)).toBe(1);
    const [entry] = [...shown.overdue, ...shown.dueSoon];
    expect(entry).toMatchObject({ kind: "follow_up", label: "Follow-up" });
    expect(entry.targetDueAt).toEqual(expect.any(Number));
  });
});
