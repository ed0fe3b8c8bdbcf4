import { describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/commands/command";
import { logCommunication } from "@/lib/commands/communications";
import { approveCompensation, decideNoCompensation, issueCompensation, proposeCompensation, rejectCompensation } from "@/lib/commands/compensations";
import { completeFollowUp } from "@/lib/commands/follow-ups";
import { addPreventiveAction, completePreventiveAction, recordEffectiveness, saveLesson } from "@/lib/commands/lessons";
import { moveSetback } from "@/lib/commands/lifecycle";
import { addRemedyTask, cancelRemedyTask, completeRemedyTask } from "@/lib/commands/remedies";
import { verifyAuditChain } from "@/db/audit";
import { count, freshDb, makeActor } from "../helpers/db";
import { aSetback, ok, phoneCall } from "../helpers/setback";

const stageOf = (db: ReturnType<typeof freshDb>, id: number) =>
  (db.$client.prepare("select stage, reopen_count as reopens, closed_as_minor as minor from setbacks where id = ?").get(id) as { stage: string; reopens: number; minor: number });

describe("the whole lifecycle through the commands", () => {
  it("goes from discovered to closed, each move past its guard, and the chain stays intact", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const manager = makeActor(db, "manager");
    const { setbackId, contactId } = await aSetback(db, member);
    const move = (to: string, actor = member) => executeCommand(db, moveSetback, actor, { setbackId, to });

    expect(await move("notified")).toMatchObject({ ok: false, status: 409, formError: "Log an outbound communication to the client first." });
    await ok(db, logCommunication, member, phoneCall(setbackId, contactId));
    expect(stageOf(db, setbackId).stage).toBe("discovered");
    expect(await move("notified")).toMatchObject({ ok: true });
    expect(await move("remedying")).toMatchObject({ ok: true });

    const first = await ok(db, addRemedyTask, member, { setbackId, description: "Re-send by express", dueAt: "2030-01-01", timeZone: "UTC" });
    const second = await ok(db, addRemedyTask, member, { setbackId, description: "Confirm with the hub" });
    await ok(db, completeRemedyTask, member, { taskId: first.taskId });
    expect(await move("compensation")).toMatchObject({ ok: false, formError: "Finish or cancel the open remedy task first (1 open)." });
    expect(count(db, "follow_ups")).toBe(0);
    await ok(db, completeRemedyTask, member, { taskId: second.taskId });
    // The remedy is complete: the first follow-up is proposed 7 days on.
    const proposed = db.$client.prepare("select id, due_at - ? as wait from follow_ups").get(Date.now()) as { id: number; wait: number };
    expect(proposed.wait).toBeGreaterThan(7 * 24 * 3_600_000 - 60_000);
    expect(proposed.wait).toBeLessThanOrEqual(7 * 24 * 3_600_000);
    expect(await move("compensation")).toMatchObject({ ok: true });

    const refund = await ok(db, proposeCompensation, member, { setbackId, kind: "refund", amountCents: "750.00", description: "Refund of the delivery" });
    expect(refund.needsApproval).toBe(true);
    expect(await move("follow_up")).toMatchObject({ ok: false, status: 409 });
    await ok(db, approveCompensation, manager, { compensationId: refund.compensationId });
    await ok(db, issueCompensation, member, { compensationId: refund.compensationId });
    expect(await move("follow_up")).toMatchObject({ ok: true });

    expect(await move("review")).toMatchObject({ ok: false, status: 409 });
    await ok(db, completeFollowUp, member, { followUpId: proposed.id, channel: "phone", satisfaction: "4", retained: "yes", notes: "Happy with the fix" });
    expect(await move("review")).toMatchObject({ ok: true });

    expect(await move("closed")).toMatchObject({ ok: false, formError: "Write the lesson first, with its root cause." });
    await ok(db, saveLesson, member, { setbackId, rootCauseCategory: "process", rootCause: "No cut-off check", narrative: "**Bold** <script>x</script>" });
    expect(await move("closed")).toMatchObject({ ok: false, formError: "Add a preventive action to the lesson first, or record “no action” with a reason." });
    const action = await ok(db, addPreventiveAction, member, { setbackId, description: "Add cut-off times to the checklist" });
    expect(await move("closed")).toMatchObject({ ok: true });
    expect(stageOf(db, setbackId)).toEqual({ stage: "closed", reopens: 0, minor: 0 });

    // Preventive actions are done and checked after the setback closed.
    await ok(db, completePreventiveAction, member, { actionId: action.actionId });
    await ok(db, recordEffectiveness, manager, { actionId: action.actionId, worked: "yes", notes: "No late pallets since" });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});

describe("moves that need a reason or a role", () => {
  it("moves back one stage with a reason, and reopens a closed setback counting it", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const manager = makeActor(db, "manager");
    const { setbackId, contactId } = await aSetback(db, member, "low");
    await ok(db, logCommunication, member, phoneCall(setbackId, contactId));
    await ok(db, moveSetback, member, { setbackId, to: "notified" });
    expect(await executeCommand(db, moveSetback, member, { setbackId, to: "discovered" })).toMatchObject({ ok: false, formError: "Give a reason for moving it back." });
    await ok(db, moveSetback, member, { setbackId, to: "discovered", reason: "Moved on by mistake" });
    expect(stageOf(db, setbackId).stage).toBe("discovered");

    expect(await executeCommand(db, moveSetback, member, { setbackId, to: "closed", closeAsMinor: "on", reason: "A typo" })).toMatchObject({
      ok: false,
      formError: "Only a manager can close a setback as minor.",
    });
    await ok(db, moveSetback, manager, { setbackId, to: "closed", closeAsMinor: "on", reason: "A typo, fixed the same hour" });
    expect(stageOf(db, setbackId)).toEqual({ stage: "closed", reopens: 0, minor: 1 });
    await ok(db, moveSetback, member, { setbackId, to: "remedying", reason: "The client wrote back: it is not fixed" });
    expect(stageOf(db, setbackId)).toEqual({ stage: "remedying", reopens: 1, minor: 0 });
  });
});

describe("compensation rules", () => {
  async function proposed(amount: string) {
    const db = freshDb();
    const member = makeActor(db, "member");
    const manager = makeActor(db, "manager");
    const { setbackId } = await aSetback(db, member);
    const result = await ok(db, proposeCompensation, manager, { setbackId, kind: "credit", amountCents: amount });
    return { db, member, manager, setbackId, ...result };
  }

  it("stands approved within the threshold", async () => {
    const { db, compensationId, needsApproval } = await proposed("500.00");
    expect(needsApproval).toBe(false);
    expect(db.$client.prepare("select status, currency, amount_cents as cents from compensations where id = ?").get(compensationId)).toEqual({ status: "approved", currency: "EUR", cents: 50000 });
  });

  it("refuses a member approving above the threshold, and writes nothing", async () => {
    const { db, member, compensationId } = await proposed("750.00");
    const events = count(db, "events");
    expect(await executeCommand(db, approveCompensation, member, { compensationId })).toEqual({
      ok: false,
      status: 403,
      formError: "Your role (member) may not approve compensation.",
      fieldErrors: {},
    });
    expect(count(db, "events")).toBe(events);
  });

  it("refuses a manager approving their own proposal", async () => {
    const { db, manager, compensationId } = await proposed("750.00");
    expect(await executeCommand(db, approveCompensation, manager, { compensationId })).toMatchObject({
      ok: false,
      status: 403,
      formError: "Nobody decides on their own proposal; ask another manager.",
    });
    expect(db.$client.prepare("select status from compensations").get()).toEqual({ status: "proposed" });
  });

  it("a rejection needs a reason, and cannot then be issued", async () => {
    const { db, compensationId } = await proposed("900.00");
    const other = makeActor(db, "manager");
    expect(await executeCommand(db, rejectCompensation, other, { compensationId })).toMatchObject({ ok: false, fieldErrors: { reason: ["Reason is required"] } });
    await ok(db, rejectCompensation, other, { compensationId, reason: "A credit serves them better" });
    expect(await executeCommand(db, issueCompensation, other, { compensationId })).toMatchObject({ ok: false, status: 409, formError: "That compensation is rejected, not approved." });
  });

  it("refuses a missing amount and an unknown kind", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const { setbackId } = await aSetback(db, member);
    expect(await executeCommand(db, proposeCompensation, member, { setbackId, kind: "hug", amountCents: "" })).toMatchObject({
      ok: false,
      fieldErrors: { kind: ["Choose a kind"], amountCents: ["Amount is required"] },
    });
    expect(count(db, "compensations")).toBe(0);
    expect(await executeCommand(db, decideNoCompensation, member, { setbackId, reason: " " })).toMatchObject({ ok: false, fieldErrors: { reason: ["Reason is required"] } });
  });
});

describe("records refused", () => {
  it("refuses a contact of another client, and a second correction of the same communication", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const a = await aSetback(db, member);
    const b = await aSetback(db, member);
    expect(await executeCommand(db, logCommunication, member, phoneCall(a.setbackId, b.contactId))).toMatchObject({
      ok: false,
      fieldErrors: { contactId: ["Choose one of this client's contacts"] },
    });
    const original = await ok(db, logCommunication, member, phoneCall(a.setbackId, a.contactId));
    await ok(db, logCommunication, member, phoneCall(a.setbackId, a.contactId, { correctsId: original.communicationId, summary: "Corrected: it was a video call" }));
    expect(await executeCommand(db, logCommunication, member, phoneCall(a.setbackId, a.contactId, { correctsId: original.communicationId }))).toMatchObject({
      ok: false,
      fieldErrors: { correctsId: ["That communication was corrected already; correct the latest version"] },
    });
    expect(count(db, "communications")).toBe(2);
  });

  it("refuses a communication dated in the future, and writes nothing", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const { setbackId, contactId } = await aSetback(db, member);
    const events = count(db, "events");
    const result = await executeCommand(db, logCommunication, member, phoneCall(setbackId, contactId, { occurredAt: "2099-01-01T10:00", summary: "" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { occurredAt: ["When cannot be in the future"], summary: ["Summary is required"] } });
    expect([count(db, "communications"), count(db, "events")]).toEqual([0, events]);
  });

  it("refuses cancelling a task without a reason and changing a closed setback's records", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const manager = makeActor(db, "manager");
    const { setbackId } = await aSetback(db, member, "low");
    const { taskId } = await ok(db, addRemedyTask, member, { setbackId, description: "Fix it" });
    expect(await executeCommand(db, cancelRemedyTask, member, { taskId, reason: "" })).toMatchObject({ ok: false, fieldErrors: { reason: ["Reason is required"] } });
    await ok(db, moveSetback, manager, { setbackId, to: "closed", closeAsMinor: "on", reason: "Trivial" });
    expect(await executeCommand(db, addRemedyTask, member, { setbackId, description: "More" })).toMatchObject({ ok: false, status: 409, formError: "SB-0001 is closed; reopen it to change its records." });
    expect(await executeCommand(db, saveLesson, member, { setbackId, rootCauseCategory: "weather", rootCause: "x" })).toMatchObject({ ok: false, status: 409 });
  });

  it("refuses an unknown root-cause category and a preventive action before the lesson", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const { setbackId } = await aSetback(db, member);
    expect(await executeCommand(db, addPreventiveAction, member, { setbackId, description: "Checklist" })).toMatchObject({ ok: false, formError: "Write the lesson first; preventive actions belong to it." });
    expect(await executeCommand(db, saveLesson, member, { setbackId, rootCauseCategory: "weather", rootCause: "Rain" })).toMatchObject({
      ok: false,
      fieldErrors: { rootCauseCategory: ["Choose a root-cause category from the list"] },
    });
    expect(count(db, "lessons")).toBe(0);
  });
});
