// The outside re-probe (issue 13, D2, finding 2): rows that change after they are created —
// a compensation's status and approver, a setback's fields and stage, the approval threshold, a
// user's role — were edited in the file and audit:verify said ok, and restore took the file.
// Their current state is now replayed from their events and compared.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/db/audit";
import { restoreFrom } from "@/db/backup";
import { openDatabase, type Db } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { describeVerification } from "@/lib/audit/report";
import { approveCompensation, proposeCompensation, rejectCompensation } from "@/lib/commands/compensations";
import { createFeedbackLink, receiveFeedback } from "@/lib/commands/feedback";
import { editSetback } from "@/lib/commands/setbacks";
import { updateOrgSettings } from "@/lib/commands/settings";
import { changeRole, deactivateUser, reactivateUser } from "@/lib/commands/users";
import { RateLimiter } from "@/lib/rate-limit";
import { makeActor } from "../helpers/db";
import { aSetback, ok } from "../helpers/setback";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-replay-"));
const file = path.join(dir, "amends.db");
let db: Db;
let pending = 0;
let approved = 0;

beforeAll(async () => {
  db = openDatabase(file);
  seedDemo(db);
  const member = makeActor(db, "member");
  const { setbackId } = await aSetback(db, member);
  // Above the 500.00 threshold: it waits for a manager. A second one a manager approves.
  pending = (await ok(db, proposeCompensation, member, { setbackId, kind: "refund", amountCents: 60_000, description: "Refund" })).compensationId;
  approved = (await ok(db, proposeCompensation, member, { setbackId, kind: "credit", amountCents: 70_000, description: "Credit" })).compensationId;
  await ok(db, approveCompensation, makeActor(db, "manager"), { compensationId: approved });
  const manager = makeActor(db, "manager");
  const rejected = (await ok(db, proposeCompensation, member, { setbackId, kind: "refund", amountCents: 90_000, description: "Too much" })).compensationId;
  await ok(db, rejectCompensation, manager, { compensationId: rejected, reason: "Out of proportion" });
  const admin = makeActor(db, "admin");
  await ok(db, updateOrgSettings, admin, { currency: "EUR", approvalThresholdCents: 80_000, recurrenceWindowDays: 90, timeZone: "UTC", organisationName: "Amends" });
  // The other writes whose rows are replayed: an edit, a client's message, a role, deactivation.
  const setback = db.$client.prepare("select * from setbacks where id = ?").get(setbackId) as Record<string, unknown>;
  await ok(db, editSetback, member, {
    setbackId, version: setback.version, clientId: setback.client_id, title: "Delivery three days late", description: "", category: setback.category, severity: "critical",
    fault: setback.fault, source: setback.source, occurredAt: new Date(setback.occurred_at as number).toISOString(), discoveredAt: new Date(setback.discovered_at as number).toISOString(), ownerId: "",
  });
  const { token } = await ok(db, createFeedbackLink, manager, { clientId: 1, label: "Portal" });
  const limit = () => new RateLimiter(10, 60_000);
  expect(receiveFeedback(db, { token, address: "203.0.113.1", input: { token, what: "The invoice is wrong", impact: "", reach: "", website: "" }, now: Date.now(), perLink: limit(), perAddress: limit() })).toMatchObject({ ok: true });
  const other = makeActor(db, "member");
  await ok(db, changeRole, admin, { userId: other.id, role: "manager" });
  await ok(db, deactivateUser, admin, { userId: other.id });
  await ok(db, reactivateUser, admin, { userId: other.id });
  await ok(db, deactivateUser, admin, { userId: other.id });
  return () => {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
});

const verify = async () => describeVerification(await verifyAuditChain(db));

/** Runs `edit` on the file, expects verify to name it, then puts the row back and expects ok again. */
async function caught(edit: string, undo: string, expected: RegExp) {
  db.$client.exec(edit);
  try {
    expect(await verify()).toMatch(expected);
  } finally {
    db.$client.exec(undo);
  }
  expect(await verify()).toMatch(/^ok: /);
}

describe("rows that change after they are created, edited behind the application's back", () => {
  it("verify says ok on the demo story and the app's own writes, and counts what it replayed", async () => {
    expect(await verify()).toMatch(/; the current state of \d+ setbacks, \d+ compensations, \d+ users and 9 settings matches their events$/);
  });

  it("a pending proposal made issued, with an approver and dates", async () => {
    const row = db.$client.prepare("select * from compensations where id = ?").get(pending) as Record<string, unknown>;
    await caught(
      `update compensations set status = 'issued', approved_by_id = 2, approved_at = ${Date.now()}, issued_at = ${Date.now()} where id = ${pending}`,
      `update compensations set status = '${row.status}', approved_by_id = null, approved_at = null, issued_at = null where id = ${pending}`,
      new RegExp(`^broken: compensation ${pending}: its status differs from what event \\d+ \\(compensation.recorded\\) recorded: it was changed behind the application's back`),
    );
  });

  it("an approval credited to someone else", async () => {
    const by = (db.$client.prepare("select approved_by_id as id from compensations where id = ?").get(approved) as { id: number }).id;
    await caught(
      `update compensations set approved_by_id = 1 where id = ${approved}`,
      `update compensations set approved_by_id = ${by} where id = ${approved}`,
      new RegExp(`^broken: compensation ${approved}: its approved_by_id differs from what event \\d+ \\(compensation.updated\\) recorded`),
    );
  });

  it("a setback retitled, made low and moved to another client; a setback's stage changed", async () => {
    const s = db.$client.prepare("select title, severity, client_id as clientId, stage from setbacks where id = 18").get() as { title: string; severity: string; clientId: number; stage: string };
    await caught(
      "update setbacks set title = 'Nothing happened', severity = 'low', client_id = 3 where id = 18",
      `update setbacks set title = '${s.title.replace(/'/g, "''")}', severity = '${s.severity}', client_id = ${s.clientId} where id = 18`,
      /^broken: setback 18: its client_id differs from what event \d+ \(setback.reported\) recorded/,
    );
    await caught("update setbacks set title = 'Nothing happened' where id = 18", `update setbacks set title = '${s.title.replace(/'/g, "''")}' where id = 18`, /^broken: setback 18: its title differs from what event \d+ \(setback.reported\) recorded/);
    await caught(
      `update setbacks set stage = '${s.stage === "closed" ? "review" : "closed"}' where id = 18`,
      `update setbacks set stage = '${s.stage}' where id = 18`,
      /^broken: setback 18: its stage differs from what event \d+ \(setback.(moved|reported)\) recorded/,
    );
  });

  it("the approval threshold, the currency and a service-level target", async () => {
    await caught(
      "update settings set value = '99999999' where key = 'approvalThresholdCents'",
      "update settings set value = '80000' where key = 'approvalThresholdCents'",
      /^broken: the setting approvalThresholdCents: its value differs from what event \d+ \(settings.updated\) recorded/,
    );
    await caught("update settings set value = '\"USD\"' where key = 'currency'", "update settings set value = '\"EUR\"' where key = 'currency'", /^broken: the setting currency: it differs from its default, and no settings.updated event changed it/);
    await caught("update service_level_targets set notify_hours = 999 where severity = 'critical'", "update service_level_targets set notify_hours = 2 where severity = 'critical'", /^broken: the critical target notifyHours: it differs from its default/);
  });

  it("a member made admin, a deactivated user made active, an admin added without an event", async () => {
    const member = db.$client.prepare("select id from users where email = 'member@demo.test'").get() as { id: number };
    await caught(`update users set role = 'admin' where id = ${member.id}`, `update users set role = 'member' where id = ${member.id}`, new RegExp(`^broken: user ${member.id}: its role differs from what event \\d+ \\(user.created\\) recorded`));
    await caught(`update users set active = 0 where id = ${member.id}`, `update users set active = 1 where id = ${member.id}`, new RegExp(`^broken: user ${member.id}: its active differs`));
    await caught(
      "insert into users (email, name, role, password_hash, active, created_at) values ('mallory@x.example', 'Mallory', 'admin', 'x', 1, 0)",
      "delete from users where email = 'mallory@x.example'",
      /^broken: user \d+: no user.created event created it: it was added behind the application's back/,
    );
  });

  it("restore refuses such a file", async () => {
    db.$client.exec(`update compensations set status = 'issued' where id = ${pending}`);
    try {
      await expect(restoreFrom(file, path.join(dir, "restored.db"))).rejects.toThrow(`The backup's audit chain does not verify: compensation ${pending}: its status differs from what event`);
    } finally {
      db.$client.exec(`update compensations set status = 'proposed' where id = ${pending}`);
    }
  });
});
