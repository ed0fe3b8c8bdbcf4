// Every record against the event that created it: any column edited behind the application's
// back, a row added without its event, a row deleted under its event — in each kind of record.
import { describe, expect, it } from "vitest";
import { appendEvent, verifyAuditChain } from "@/db/audit";
import type { Db } from "@/db/client";
import { describeVerification } from "@/lib/audit/report";
import { logCommunication } from "@/lib/commands/communications";
import { proposeCompensation } from "@/lib/commands/compensations";
import { scheduleFollowUp } from "@/lib/commands/follow-ups";
import { addPreventiveAction, saveLesson } from "@/lib/commands/lessons";
import { addRemedyTask } from "@/lib/commands/remedies";
import { freshDb, makeActor } from "../helpers/db";
import { aSetback, ok, phoneCall } from "../helpers/setback";
import { dropGuards } from "../helpers/tamper";

async function everyKindOfRecord() {
  const db = freshDb();
  const member = makeActor(db, "member");
  const other = makeActor(db, "member");
  const { setbackId, contactId } = await aSetback(db, member);
  const second = await aSetback(db, member);
  const first = await ok(db, logCommunication, member, phoneCall(setbackId, contactId, { promise: "A refund by Friday", promiseDueAt: "2030-01-04", timeZone: "UTC" }));
  const correction = await ok(db, logCommunication, member, phoneCall(setbackId, contactId, { summary: "Called again: the refund is on its way", correctsId: String(first.communicationId) }));
  const { taskId } = await ok(db, addRemedyTask, member, { setbackId, description: "Re-send by express", ownerId: String(member.id) });
  const { compensationId } = await ok(db, proposeCompensation, member, { setbackId, kind: "refund", amountCents: "120.00" });
  const { followUpId } = await ok(db, scheduleFollowUp, member, { setbackId, dueAt: "2030-02-01T10:00", timeZone: "UTC" });
  const { lessonId } = await ok(db, saveLesson, member, { setbackId, rootCauseCategory: "process", rootCause: "No cut-off check", version: "0" });
  const { actionId } = await ok(db, addPreventiveAction, member, { setbackId, description: "Add cut-off times to the checklist" });
  dropGuards(db);
  return { db, member, other, setbackId, otherSetbackId: second.setbackId, ids: { first: first.communicationId, correction: correction.communicationId, taskId, compensationId, followUpId, lessonId, actionId } };
}

/** Applies `edit`, reads what verify says, and puts the row back as it was. */
async function saysAfter(db: Db, table: string, id: number, column: string, value: unknown): Promise<string> {
  const before = (db.$client.prepare(`select ${column} as v from ${table} where id = ?`).get(id) as { v: unknown }).v;
  db.$client.prepare(`update ${table} set ${column} = ? where id = ?`).run(value, id);
  const said = describeVerification(await verifyAuditChain(db));
  db.$client.prepare(`update ${table} set ${column} = ? where id = ?`).run(before, id);
  return said;
}

describe("records checked against the events that created them", () => {
  it("names the record and the column, whichever column of whichever record was edited", async () => {
    const { db, other, otherSetbackId, ids } = await everyKindOfRecord();
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    const edits: [string, number, string, unknown, string][] = [
      ["communications", ids.first, "apologised", 0, `communication ${ids.first}: its apologised differs`],
      ["communications", ids.first, "promise", "Nothing was promised", `communication ${ids.first}: its promise differs`],
      ["communications", ids.first, "promise_due_at", null, `communication ${ids.first}: its promise_due_at differs`],
      ["communications", ids.first, "occurred_at", 0, `communication ${ids.first}: its occurred_at differs`],
      ["communications", ids.first, "created_at", 0, `communication ${ids.first}: its created_at differs`],
      ["communications", ids.first, "author_id", other.id, `communication ${ids.first}: its author_id differs`],
      ["communications", ids.first, "setback_id", otherSetbackId, `communication ${ids.first}: its setback_id differs`],
      ["communications", ids.correction, "corrects_id", null, `communication ${ids.correction}: its corrects_id differs`],
      ["communications", ids.correction, "body", "Added later", `communication ${ids.correction}: its body differs`],
      ["remedy_tasks", ids.taskId, "description", "Nothing to do", `remedy task ${ids.taskId}: its description differs`],
      ["remedy_tasks", ids.taskId, "owner_id", other.id, `remedy task ${ids.taskId}: its owner_id differs`],
      ["compensations", ids.compensationId, "amount_cents", 1, `compensation ${ids.compensationId}: its amount_cents differs`],
      ["follow_ups", ids.followUpId, "due_at", 0, `follow-up ${ids.followUpId}: its due_at differs`],
      ["lessons", ids.lessonId, "setback_id", otherSetbackId, `lesson ${ids.lessonId}: its setback_id differs`],
      ["preventive_actions", ids.actionId, "description", "Something else", `preventive action ${ids.actionId}: its description differs`],
    ];
    for (const [table, id, column, value, message] of edits) {
      expect(await saysAfter(db, table, id, column, value)).toMatch(new RegExp(`^broken: ${message} from what event \\d+ \\(\\w+\\.\\w+\\) recorded: it was edited behind the application's back`));
    }
    // What the application itself changes later is not compared: a task done, a compensation approved.
    db.$client.prepare("update remedy_tasks set status = 'done', done_at = 1 where id = ?").run(ids.taskId);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, records: expect.arrayContaining([{ noun: "communication", count: 2, importedBefore: 0 }]) });
  });

  it("names a record deleted under its event", async () => {
    const { db, ids } = await everyKindOfRecord();
    db.$client.prepare("delete from communications where id = ?").run(ids.correction);
    expect(describeVerification(await verifyAuditChain(db))).toMatch(new RegExp(`^broken: communication ${ids.correction}: event \\d+ \\(communication.logged\\) created it, but it is not in the database: it was deleted`));
  });

  it("names a record added without its event", async () => {
    const { db, member, setbackId, ids } = await everyKindOfRecord();
    db.$client.prepare("insert into compensations (setback_id, kind, amount_cents, currency, status, created_at) values (?, 'refund', 100, 'EUR', 'issued', 1)").run(setbackId);
    expect(describeVerification(await verifyAuditChain(db))).toMatch(new RegExp(`^broken: compensation ${ids.compensationId + 1}: no compensation.recorded event created it: it was added behind the application's back`));
    db.$client.prepare("insert into communications (setback_id, direction, channel, occurred_at, author_id, summary, created_at) values (?, 'outbound', 'email', 1, ?, 'Told them in time', 1)").run(setbackId, member.id);
    expect(describeVerification(await verifyAuditChain(db))).toMatch(new RegExp(`^broken: communication ${ids.correction + 1}: no communication.logged event created it`));
  });

  it("accepts the records of a setback imported before imports logged them, and nothing added to it later", async () => {
    const db = freshDb();
    const admin = makeActor(db, "admin");
    const { setbackId } = await aSetback(db, admin);
    // As imports used to write: the records, then one setback.imported event in the same instant, saying nothing of recordsLogged.
    const at = 1_780_000_000_000;
    db.transaction((tx) => {
      db.$client.prepare("insert into communications (setback_id, direction, channel, occurred_at, author_id, summary, created_at) values (?, 'outbound', 'phone', ?, ?, 'Notified (imported)', ?)").run(setbackId, at - 1000, admin.id, at);
      db.$client.prepare("insert into remedy_tasks (setback_id, description, status, done_at, created_at) values (?, 'Remedy (imported)', 'done', ?, ?)").run(setbackId, at - 500, at);
      db.$client.prepare("update setbacks set stage = 'compensation' where id = ?").run(setbackId);
      appendEvent(tx, { kind: "setback.imported", actorId: admin.id, setbackId, at, data: { reference: "SB-0001", externalId: "X-1", line: 2, stage: "compensation" } });
    });
    const result = await verifyAuditChain(db);
    expect(describeVerification(result)).toMatch(/; 2 records imported before each record had its own event: only their import is checked$/);
    db.$client.prepare("insert into communications (setback_id, direction, channel, occurred_at, author_id, summary, created_at) values (?, 'outbound', 'phone', ?, ?, 'We told them on time', ?)").run(setbackId, at - 5000, admin.id, at + 1);
    expect(describeVerification(await verifyAuditChain(db))).toMatch(/^broken: communication \d+: no communication.logged event created it/);
  });
});
