// A database that cannot be written — full, or read-only — must still be read, and every write
// refused in words with nothing half-written (issue 13, finding 9). These run anywhere: the full
// disk is SQLite's page limit (SQLITE_FULL), the read-only copy SQLite's read-only flag
// (SQLITE_READONLY); tests/integration/full-disk.test.ts does the same on a real tmpfs.
import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/db/audit";
import { boardView } from "@/db/queries/board";
import { listSetbacks } from "@/db/queries/setbacks";
import { useApiToken } from "@/db/writes/tokens";
import { insertUser } from "@/db/writes/users";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPasswordSync } from "@/lib/auth/password";
import { hashToken } from "@/lib/auth/tokens";
import { executeCommand } from "@/lib/commands/command";
import { createFeedbackLink, receiveFeedback } from "@/lib/commands/feedback";
import { reportSetback } from "@/lib/commands/setbacks";
import { createApiToken } from "@/lib/commands/tokens";
import { RateLimiter } from "@/lib/rate-limit";
import { count, freshDb, makeActor } from "../helpers/db";
import { aSetback, ok } from "../helpers/setback";
import { fillUp, makeRoom, readOnlyCopy } from "../helpers/unwritable";
import type { Db } from "@/db/client";

const HOUR = 3_600_000;
const FULL = "Amends could not save (the disk is full); nothing was saved.";
const READ_ONLY = "Amends could not save (the database is read-only); nothing was saved.";

/** A setback long enough to need new pages (an overflow page), so a full database must refuse it. */
const aLongSetback = (clientId: number) => ({
  clientId,
  title: "Warehouse flooded",
  category: "delay",
  severity: "high",
  fault: "ours",
  source: "internal",
  occurredAt: new Date(Date.now() - 3 * HOUR).toISOString(),
  discoveredAt: new Date(Date.now() - 2 * HOUR).toISOString(),
  description: "Water in every aisle. ".repeat(400),
});

function tableCounts(db: Db) {
  return Object.fromEntries(["setbacks", "events", "clients", "sign_in_failures", "api_tokens"].map((t) => [t, count(db, t)]));
}

async function withData() {
  const db = freshDb();
  const member = makeActor(db, "member");
  const { clientId } = await aSetback(db, member);
  return { db, member, clientId };
}

describe("a command on a full database", () => {
  it("is refused with 503 and says so, writes nothing, and once there is room the same input is saved", async () => {
    const { db, member, clientId } = await withData();
    const before = tableCounts(db);
    const board = await boardView(db, {}, member.id, Date.now(), 10);
    fillUp(db);

    const refused = await executeCommand(db, reportSetback, member, aLongSetback(clientId));
    expect(refused).toEqual({ ok: false, status: 503, formError: FULL, fieldErrors: {}, retryAfterSeconds: 60 });
    expect(tableCounts(db)).toEqual(before);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    // The board, served through the read cache, shows what is stored: no card from the refused write.
    expect(await boardView(db, {}, member.id, Date.now(), 10)).toEqual(board);

    makeRoom(db);
    expect(await executeCommand(db, reportSetback, member, aLongSetback(clientId))).toMatchObject({ ok: true });
    expect(count(db, "setbacks")).toBe(before.setbacks + 1);
    expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: before.events + 1 });
  });
});

describe("a read-only database", () => {
  it("serves its reads, and refuses a command with 503 and says why", async () => {
    const { db, member, clientId } = await withData();
    const copy = readOnlyCopy(db);
    expect((await listSetbacks(copy, {})).rows.map((r) => r.title)).toEqual(["Delivery two days late"]);
    expect((await boardView(copy, {}, member.id, Date.now(), 10)).cards).toHaveLength(1);

    const refused = await executeCommand(copy, reportSetback, member, { ...aLongSetback(clientId), description: "short" });
    expect(refused).toEqual({ ok: false, status: 503, formError: READ_ONLY, fieldErrors: {}, retryAfterSeconds: 60 });
    expect(tableCounts(copy)).toEqual(tableCounts(db));
  });

  it("signs in a right password and refuses a wrong one (the failure cannot be counted, and is not)", async () => {
    const db = freshDb();
    db.transaction((tx) => insertUser(tx, { email: "ana@test.example", name: "Ana", role: "member", passwordHash: hashPasswordSync("the-right-password"), createdAt: Date.now() }));
    const copy = readOnlyCopy(db);
    expect(await authenticate(copy, "ana@test.example", "the-right-password", "192.0.2.1")).toMatchObject({ ok: true, user: { email: "ana@test.example" } });
    expect(await authenticate(copy, "ana@test.example", "a-wrong-password", "192.0.2.1")).toEqual({ ok: false, reason: "invalid" });
    expect(count(copy, "sign_in_failures")).toBe(0);
  });

  it("lets an API token read (its last-use note is skipped)", async () => {
    const { db, member } = await withData();
    const { token } = await ok(db, createApiToken, member, { name: "Sync" });
    const copy = readOnlyCopy(db);
    expect(useApiToken(copy, hashToken(token), Date.now())).toMatchObject({ id: member.id, role: "member", active: true });
  });
});

describe("a client's message through their link", () => {
  it("on a full database is refused in words, and nothing is written", async () => {
    const { db, clientId } = await withData();
    const manager = makeActor(db, "manager");
    const { token } = await ok(db, createFeedbackLink, manager, { clientId, label: "Operations" });
    const before = tableCounts(db);
    fillUp(db);
    const limits = { perLink: new RateLimiter(5, HOUR), perAddress: new RateLimiter(5, HOUR) };
    const answer = receiveFeedback(db, { token, address: "203.0.113.5", input: { what: "Nothing arrived. ".repeat(280) }, now: Date.now(), ...limits });
    expect(answer).toEqual({ ok: false, status: 503, formError: FULL, fieldErrors: {} });
    expect(tableCounts(db)).toEqual(before);
  });
});
