// The outside re-probe (issue 13, D2): a rewritten chain was signed again without the key —
// after its checkpoints were deleted, by a restart or by npm run audit:anchor; with nothing
// deleted, by the next ordinary write, which signed a new head over the rewrite. Neither may
// happen: the app never signs a chain that has events on its own, and a write refuses to follow
// a head that is not the one it signed. Run through the real scripts and start-up checks.
import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/db/audit";
import { openDatabase } from "@/db/client";
import { createClient } from "@/lib/commands/clients";
import { executeCommand } from "@/lib/commands/command";
import { describeVerification } from "@/lib/audit/report";
import { count, makeActor } from "../helpers/db";
import { runScript, startUp } from "../helpers/scripts";
import { twoDays } from "../helpers/signed-chain";
import { deleteCheckpoints, dropGuards, rewriteEvent, rewriteEventRow, writePlainHead } from "../helpers/tamper";

const HELD = "Amends could not save: its audit trail failed a check, so writes are held until an operator runs npm run audit:verify; nothing was saved.";
const NOT_SIGNED = /^broken: the chain: it is not signed yet: no checkpoint signs its 6 events\. After upgrading from a version before signed checkpoints, the operator signs it once with npm run audit:anchor -- --sign-unsigned; if it was signed before, its checkpoints were removed/;

async function verifyFile(file: string): Promise<string> {
  const db = openDatabase(file);
  try {
    return describeVerification(await verifyAuditChain(db));
  } finally {
    db.$client.close();
  }
}

function tamper(file: string, how: (db: ReturnType<typeof openDatabase>) => void): void {
  const db = openDatabase(file);
  how(db);
  db.$client.close();
}

const checkpoints = (file: string) => {
  const db = openDatabase(file);
  const n = count(db, "audit_checkpoints");
  db.$client.close();
  return n;
};

describe("a rewritten chain whose checkpoints were deleted", () => {
  /** The probe: an event rewritten, every later hash recomputed, a plain head, no checkpoints. */
  async function rewrittenWithoutCheckpoints(): Promise<string> {
    const file = await twoDays();
    tamper(file, (db) => {
      rewriteEvent(db, 3, (data) => ({ ...data, name: "REWRITTEN" }));
      deleteCheckpoints(db);
      writePlainHead(db);
    });
    return file;
  }

  it("is not signed when the server starts: it stays 'not signed yet', and the log says so", async () => {
    const file = await rewrittenWithoutCheckpoints();
    expect(await verifyFile(file)).toMatch(NOT_SIGNED);
    const started = startUp(file);
    expect(started.status).toBe(0);
    expect(started.out).toContain("Amends: the audit chain (6 events) is not signed yet.");
    expect(checkpoints(file)).toBe(0);
    expect(await verifyFile(file)).toMatch(NOT_SIGNED);
  }, 60_000);

  it("is not signed by npm run audit:anchor, which gives no anchor and says what to do", async () => {
    const file = await rewrittenWithoutCheckpoints();
    const anchored = runScript("audit-anchor", file);
    expect(anchored.status).toBe(1);
    expect(anchored.out).toMatch(/No anchor: broken: the chain: it is not signed yet: .* npm run audit:anchor -- --sign-unsigned/);
    expect(checkpoints(file)).toBe(0);
    expect(runScript("audit-verify", file)).toMatchObject({ status: 1, out: expect.stringMatching(NOT_SIGNED) });
  }, 60_000);

  it("is not signed by the next write either: the write is kept, the chain stays unsigned", async () => {
    const file = await rewrittenWithoutCheckpoints();
    const db = openDatabase(file);
    const result = await executeCommand(db, createClient, makeActor(db, "member"), { name: "Innocent write Ltd" });
    expect(result.ok).toBe(true);
    expect(count(db, "audit_checkpoints")).toBe(0);
    db.$client.close();
    expect(await verifyFile(file)).toMatch(/^broken: the chain: it is not signed yet: no checkpoint signs its 8 events/);
  });

  it("with only the checkpoints deleted (the head still signed): not signed at start or by audit:anchor, and writes are held", async () => {
    const file = await twoDays();
    tamper(file, deleteCheckpoints);
    const removed = /^broken: the chain: its head is signed but no checkpoint is left: checkpoints were removed/;
    expect(await verifyFile(file)).toMatch(removed);
    expect(startUp(file).out).toContain("Amends: writes are held: the audit chain's head is signed but no checkpoint is left: checkpoints were removed. Run npm run audit:verify.");
    expect(runScript("audit-anchor", file)).toMatchObject({ status: 1, out: expect.stringContaining("No anchor: broken: the chain: its head is signed but no checkpoint is left") });
    expect(runScript("audit-anchor", file, ["--sign-unsigned"])).toMatchObject({
      status: 1,
      out: expect.stringContaining("The audit chain was not signed: its head is signed but it has no checkpoint, so its checkpoints were removed"),
    });
    const db = openDatabase(file);
    const before = count(db, "events");
    const actor = { id: null, name: "Operator", role: "admin" as const };
    expect(await executeCommand(db, createClient, actor, { name: "Innocent write Ltd" })).toMatchObject({ ok: false, status: 503, formError: HELD });
    expect([count(db, "events"), count(db, "audit_checkpoints"), count(db, "clients")]).toEqual([before, 0, 4]);
    db.$client.close();
    expect(await verifyFile(file)).toMatch(removed);
  }, 60_000);
});

describe("a chain rewritten after its last checkpoint, nothing deleted", () => {
  it("holds the next ordinary write: refused in words, nothing written, the evidence kept", async () => {
    const file = await twoDays();
    // The probe: event 6, after the last checkpoint, back-dated an hour; the signed head left as it was.
    tamper(file, (db) => rewriteEventRow(db, 6, (row) => ({ ...row, occurredAt: row.occurredAt - 3_600_000 })));
    const broken = /^broken: the head: its signature by key [0-9a-f]{16} does not match \(it was not signed with the audit key\)/;
    expect(await verifyFile(file)).toMatch(broken);
    const db = openDatabase(file);
    const result = await executeCommand(db, createClient, makeActorless(), { name: "Innocent write Ltd" });
    expect(result).toEqual({ ok: false, status: 503, formError: HELD, fieldErrors: {}, retryAfterSeconds: 300 });
    expect([count(db, "events"), count(db, "clients")]).toEqual([6, 4]);
    db.$client.close();
    expect(await verifyFile(file)).toMatch(broken);
    expect(startUp(file).out).toMatch(/Amends: writes are held: the audit chain's head \(event 6\): its signature by key [0-9a-f]{16} does not match/);
  }, 60_000);

  it("holds a write after a head that names another event, or none", async () => {
    const file = await twoDays();
    const db = openDatabase(file);
    const actor = makeActorless();
    dropGuards(db);
    const head = (db.$client.prepare("select value from settings where key = 'audit.head'").get() as { value: string }).value;
    db.$client.prepare("delete from events where id = 6").run();
    expect(await executeCommand(db, createClient, actor, { name: "After a cut" })).toMatchObject({ status: 503, formError: HELD });
    db.$client.prepare("delete from settings where key = 'audit.head'").run();
    expect(await executeCommand(db, createClient, actor, { name: "After a cut" })).toMatchObject({ status: 503, formError: HELD });
    db.$client.prepare("insert into settings (key, value) values ('audit.head', ?)").run(head);
    expect(count(db, "events")).toBe(5);
    db.$client.close();
  });
});

describe("the first checkpoint", () => {
  it("must be at event 1: checkpoints removed from the start are named", async () => {
    const file = await twoDays();
    tamper(file, (db) => {
      dropGuards(db);
      db.$client.exec("delete from audit_checkpoints where event_id = 1");
    });
    expect(await verifyFile(file)).toMatch(/^broken: the checkpoint at event 4: it is the first checkpoint, but the chain is signed from event 1: the checkpoints before it were removed/);
  });
});

/** The operator at the command line: no account, so no event of its own before the write. */
function makeActorless() {
  return { id: null, name: "Operator (command line)", role: "admin" as const };
}
