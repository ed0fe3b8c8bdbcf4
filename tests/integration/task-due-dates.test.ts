// A remedy task or preventive action due in the past is refused on its due date, unless it is
// recorded after the fact; then it is stored so, and its event says so.
import { describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/commands/command";
import { addPreventiveAction, saveLesson } from "@/lib/commands/lessons";
import { addRemedyTask } from "@/lib/commands/remedies";
import { verifyAuditChain } from "@/db/audit";
import { DUE_DATE_PASSED } from "@/lib/setbacks/due-dates";
import { reportSetback } from "@/lib/commands/setbacks";
import type { Actor } from "@/lib/commands/command";
import type { Db } from "@/db/client";
import { count, freshDb, makeActor } from "../helpers/db";
import { aSetback as aRecentSetback, ok } from "../helpers/setback";

const DAY = 86_400_000;

/** A setback that occurred three days ago: yesterday lies after it, so only the passed-date rule speaks. */
async function aSetback(db: Db, actor: Actor) {
  const { clientId } = await aRecentSetback(db, actor);
  const occurredAt = new Date(Date.now() - 3 * DAY).toISOString();
  const { id } = await ok(db, reportSetback, actor, {
    clientId, title: "Delivery two days late", category: "delay", severity: "high", fault: "ours", source: "internal", occurredAt, discoveredAt: occurredAt, ownerId: actor.id,
  });
  return { setbackId: id };
}
const yesterday = () => new Date(Date.now() - DAY).toISOString().slice(0, 10);
const tomorrow = () => new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10);

describe("a planned task's due date", () => {
  it("refuses a remedy task due yesterday, then takes it recorded after the fact", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const { setbackId } = await aSetback(db, member);
    const task = { setbackId, description: "Re-send by express", dueAt: yesterday(), timeZone: "UTC" };

    expect(await executeCommand(db, addRemedyTask, member, task)).toEqual({ ok: false, status: 400, formError: "Check the highlighted fields.", fieldErrors: { dueAt: [DUE_DATE_PASSED] } });
    // Through the API's shape too: an ISO instant in the past.
    expect(await executeCommand(db, addRemedyTask, member, { ...task, dueAt: new Date(Date.now() - 60_000).toISOString() })).toMatchObject({ ok: false, fieldErrors: { dueAt: [DUE_DATE_PASSED] } });
    expect(count(db, "remedy_tasks")).toBe(0);

    const { taskId } = await ok(db, addRemedyTask, member, { ...task, recordedAfterTheFact: "on" });
    const row = db.$client.prepare("select recorded_after_the_fact as late from remedy_tasks where id = ?").get(taskId) as { late: number };
    expect(row.late).toBe(1);
    const event = db.$client.prepare("select data from events where kind = 'remedy.added'").get() as { data: string };
    expect(JSON.parse(event.data)).toMatchObject({ taskId, recordedAfterTheFact: true });

    // Today and later stand as before, and are not marked.
    const today = await ok(db, addRemedyTask, member, { ...task, dueAt: new Date().toISOString().slice(0, 10) });
    const later = await ok(db, addRemedyTask, member, { ...task, dueAt: tomorrow() });
    const marks = db.$client.prepare("select recorded_after_the_fact as late from remedy_tasks where id in (?, ?)").all(today.taskId, later.taskId);
    expect(marks).toEqual([{ late: 0 }, { late: 0 }]);
    // audit:verify compares the mark with the event that created the task.
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    db.$client.prepare("update remedy_tasks set recorded_after_the_fact = 0 where id = ?").run(taskId);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false });
  });

  it("holds a preventive action to the same rule", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const { setbackId } = await aSetback(db, member);
    await ok(db, saveLesson, member, { setbackId, rootCauseCategory: "process", rootCause: "No check before dispatch" });
    const action = { setbackId, description: "A check before dispatch", dueAt: yesterday(), timeZone: "UTC" };
    expect(await executeCommand(db, addPreventiveAction, member, action)).toMatchObject({ ok: false, status: 400, fieldErrors: { dueAt: [DUE_DATE_PASSED] } });
    const { actionId } = await ok(db, addPreventiveAction, member, { ...action, recordedAfterTheFact: "on" });
    expect(db.$client.prepare("select recorded_after_the_fact as late from preventive_actions where id = ?").get(actionId)).toEqual({ late: 1 });
  });
});

describe("a planned task due before its setback occurred", () => {
  /** A setback that occurred on 3 Nov 2026 at 10:00 UTC. */
  async function onThirdOfNovember(db: Db, actor: Actor) {
    const { clientId } = await aRecentSetback(db, actor);
    const { id } = await ok(db, reportSetback, actor, {
      clientId, title: "Wrong pallets", category: "delay", severity: "medium", fault: "ours", source: "internal",
      occurredAt: "2026-11-03T10:00:00Z", discoveredAt: "2026-11-03T12:00:00Z", ownerId: actor.id,
    });
    return id;
  }
  const REFUSAL = "Due date must be on or after the setback occurred (3 Nov 2026)";

  it("refuses a remedy task recorded after the fact but due the day before, from a form or the API", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const setbackId = await onThirdOfNovember(db, member);
    const task = { setbackId, description: "Re-send by express", recordedAfterTheFact: "on", timeZone: "UTC" };
    expect(await executeCommand(db, addRemedyTask, member, { ...task, dueAt: "2026-11-02" })).toEqual({ ok: false, status: 400, formError: REFUSAL, fieldErrors: { dueAt: [REFUSAL] } });
    expect(await executeCommand(db, addRemedyTask, member, { ...task, dueAt: "2026-11-03T09:59:00Z" })).toMatchObject({ ok: false, fieldErrors: { dueAt: [REFUSAL] } });
    expect(count(db, "remedy_tasks")).toBe(0);
    // The day it occurred is the earliest it may be due.
    await ok(db, addRemedyTask, member, { ...task, dueAt: "2026-11-03" });
    expect(count(db, "remedy_tasks")).toBe(1);
  });

  it("holds a preventive action to the same rule", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const setbackId = await onThirdOfNovember(db, member);
    await ok(db, saveLesson, member, { setbackId, rootCauseCategory: "process", rootCause: "No check before dispatch" });
    const action = { setbackId, description: "A check before dispatch", recordedAfterTheFact: "on", timeZone: "UTC" };
    expect(await executeCommand(db, addPreventiveAction, member, { ...action, dueAt: "2026-10-31" })).toMatchObject({ ok: false, status: 400, fieldErrors: { dueAt: [REFUSAL] } });
    expect(count(db, "preventive_actions")).toBe(0);
    await ok(db, addPreventiveAction, member, { ...action, dueAt: "2026-11-04" });
  });
});
