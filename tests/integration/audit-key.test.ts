// The audit key: where it comes from, that it never reaches the database, what happens without
// it, a key rotation, an auditor holding only the public key, and a chain from before checkpoints.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { appendEvents, verifyAuditChain } from "@/db/audit";
import { signLegacyChain } from "@/db/audit-sign";
import { openDatabase } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { describeVerification } from "@/lib/audit/report";
import { auditKeyFile, findAuditKey, localAuditKey, MISSING_AUDIT_KEY, requireAuditKey } from "@/lib/audit/key-source";
import { newAuditKeyText, parseAuditKey, signHead } from "@/lib/audit/signature";
import { createClient } from "@/lib/commands/clients";
import { executeCommand } from "@/lib/commands/command";
import { count, freshDb, makeActor } from "../helpers/db";
import { ok } from "../helpers/setback";
import { legacyChain } from "../helpers/legacy-chain";
import { dropGuards } from "../helpers/tamper";

const dirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** An installation of its own: DATABASE_URL names a file in a new directory, with no AUDIT_KEY. */
function installation(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-key-"));
  dirs.push(dir);
  const file = path.join(dir, "amends.db");
  vi.stubEnv("DATABASE_URL", file);
  vi.stubEnv("AUDIT_KEY", "");
  return file;
}

function bytesOf(file: string): Buffer {
  return Buffer.concat(["", "-wal"].filter((s) => fs.existsSync(file + s)).map((s) => fs.readFileSync(file + s)));
}

describe("the audit key", () => {
  it("is never written into the database, in any form (the key file's case and AUDIT_KEY's)", async () => {
    for (const source of ["file", "env"] as const) {
      const file = installation();
      if (source === "env") vi.stubEnv("AUDIT_KEY", newAuditKeyText());
      const key = localAuditKey(file);
      const text = source === "env" ? process.env.AUDIT_KEY! : fs.readFileSync(auditKeyFile(file), "utf8").trim();
      const db = openDatabase(file);
      seedDemo(db);
      await ok(db, createClient, makeActor(db, "member"), { name: "Written after the seed" });
      const seed = Buffer.from(text, "base64");
      const der = key.privateKey.export({ format: "der", type: "pkcs8" });
      const forms = [seed, Buffer.from(seed.toString("hex")), Buffer.from(text), Buffer.from(seed.toString("base64url")), der, Buffer.from(der.toString("base64"))];
      // Before and after SQLite moves the WAL into the file.
      for (const bytes of [bytesOf(file), (db.$client.pragma("wal_checkpoint(TRUNCATE)"), bytesOf(file))]) {
        for (const form of forms) expect(bytes.includes(form)).toBe(false);
        expect(bytes.includes(Buffer.from(key.id))).toBe(true); // checkpoints name the key, as they should
      }
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
      db.$client.close();
    }
  });

  it("is made once, readable by its owner only, where the demo and development need one", () => {
    const file = installation();
    expect(findAuditKey(file)).toBeNull();
    const made = localAuditKey(file);
    expect(fs.statSync(auditKeyFile(file)).mode & 0o777).toBe(0o600);
    expect(localAuditKey(file).id).toBe(made.id);
    expect(path.dirname(auditKeyFile(file))).toBe(path.dirname(file));
  });

  it("without one, a write is refused with what to set, and nothing is written", async () => {
    const file = installation();
    expect(() => requireAuditKey(file)).toThrow(MISSING_AUDIT_KEY);
    const db = openDatabase(file);
    const before = count(db, "events");
    await expect(executeCommand(db, createClient, { id: null, name: "Operator", role: "admin" }, { name: "Northwind" })).rejects.toThrow("AUDIT_KEY is not set");
    expect([count(db, "clients"), count(db, "events")]).toEqual([0, before]);
    db.$client.close();
    vi.stubEnv("AUDIT_KEY", "not-a-key");
    expect(() => requireAuditKey(file)).toThrow("AUDIT_KEY must be 32 random bytes in base64, e.g. the output of `openssl rand -base64 32`.");
  });

  it("can be rotated: a checkpoint names its key, and retired keys are checked through AUDIT_PUBLIC_KEYS", async () => {
    const db = freshDb();
    const actor = makeActor(db, "member");
    await ok(db, createClient, actor, { name: "Under the first key" });
    const retired = parseAuditKey(process.env.AUDIT_KEY!);
    const current = newAuditKeyText();
    vi.stubEnv("AUDIT_KEY", current);
    // The head a write follows must verify: signed by the retired key, it does once that key is listed.
    expect(await executeCommand(db, createClient, actor, { name: "Under the second key" })).toMatchObject({ ok: false, status: 503 });
    vi.stubEnv("AUDIT_PUBLIC_KEYS", retired.publicKey.text);
    await ok(db, createClient, actor, { name: "Under the second key" });
    vi.stubEnv("AUDIT_PUBLIC_KEYS", "");
    const keys = db.$client.prepare("select event_id as eventId, key_id as keyId from audit_checkpoints order by event_id").all();
    expect(keys).toEqual([{ eventId: 1, keyId: retired.id }, { eventId: 3, keyId: parseAuditKey(current).id }]);
    const unknown = await verifyAuditChain(db);
    expect(describeVerification(unknown)).toMatch(new RegExp(`^broken: the checkpoint at event 1: it is signed by key ${retired.id}, which is not one of this installation's`));
    vi.stubEnv("AUDIT_PUBLIC_KEYS", retired.publicKey.text);
    expect(describeVerification(await verifyAuditChain(db))).toMatch(new RegExp(`^ok: 3 events, 2 checkpoints signed by keys ${retired.id}, ${parseAuditKey(current).id}, `));
  });

  it("an auditor with a copy and the public key alone can verify; with neither key, nothing verifies", async () => {
    const db = freshDb();
    seedDemo(db);
    const key = parseAuditKey(process.env.AUDIT_KEY!);
    installation();
    expect(describeVerification(await verifyAuditChain(db))).toMatch(/^broken: the checkpoint at event 1: no audit key is set here to check its signature/);
    vi.stubEnv("AUDIT_PUBLIC_KEYS", key.publicKey.text);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});

describe("a chain written before checkpoints", () => {
  const notSigned = /^broken: the chain: it is not signed yet: no checkpoint signs its \d+ events\. After upgrading from a version before signed checkpoints, the operator signs it once with npm run audit:anchor -- --sign-unsigned/;

  it("stays unsigned through writes until the operator signs it once; then carries on, signed from there", async () => {
    const db = freshDb();
    legacyChain(db.$client, 5);
    expect(describeVerification(await verifyAuditChain(db))).toMatch(notSigned);
    // The app keeps working, and never signs such a chain by itself.
    await ok(db, createClient, makeActor(db, "member"), { name: "After the upgrade" });
    expect(count(db, "audit_checkpoints")).toBe(0);
    expect(JSON.parse((db.$client.prepare("select value from settings where key = 'audit.head'").get() as { value: string }).value)).toEqual({ id: 7, hash: expect.any(String) });
    expect(describeVerification(await verifyAuditChain(db))).toMatch(notSigned);

    const key = parseAuditKey(process.env.AUDIT_KEY!);
    const signedAt = Date.UTC(2026, 11, 1, 9);
    expect(signLegacyChain(db, key, signedAt)).toMatchObject({ eventId: 7, keyId: key.id, legacy: true });
    expect(() => signLegacyChain(db, key)).toThrow("The audit chain was not signed: it already has checkpoints, so it is signed (npm run audit:verify checks them).");
    await ok(db, createClient, makeActor(db, "member"), { name: "Signed from now on" });
    expect(describeVerification(await verifyAuditChain(db))).toMatch(
      /^ok: 9 events, 1 checkpoint signed by key [0-9a-f]{16}, first signed at event 7 on 2026-12-01 09:00 UTC \(the events up to it were written before signed checkpoints\), last checkpoint at event 7 /,
    );
  });

  it("its legacy signature cannot be forged or moved: a checkpoint flagged legacy by hand, or one not first, is named", async () => {
    const db = freshDb();
    legacyChain(db.$client, 5);
    signLegacyChain(db, parseAuditKey(process.env.AUDIT_KEY!));
    dropGuards(db);
    // An ordinary signature passed off as the legacy one (and back): the signed text differs.
    db.$client.exec("update audit_checkpoints set legacy = 0");
    expect(describeVerification(await verifyAuditChain(db))).toMatch(/^broken: the checkpoint at event 5: it is the first checkpoint, but the chain is signed from event 1/);
    // An ordinary checkpoint at event 5 (as a chain signed from event 1 would have) flagged legacy.
    const hash = (db.$client.prepare("select hash from events where id = 5").get() as { hash: string }).hash;
    const ordinary = signHead(parseAuditKey(process.env.AUDIT_KEY!), { eventId: 5, hash, at: Date.now() });
    db.$client.exec("delete from audit_checkpoints");
    db.$client.prepare("insert into audit_checkpoints (event_id, hash, signed_at, key_id, signature, legacy) values (?, ?, ?, ?, ?, 1)").run(5, hash, ordinary.at, ordinary.keyId, ordinary.signature);
    expect(describeVerification(await verifyAuditChain(db))).toMatch(/^broken: the checkpoint at event 5: its signature by key [0-9a-f]{16} does not match/);
  });

  it("is not signed when its hashes do not verify, nor when it has no head", async () => {
    const db = freshDb();
    legacyChain(db.$client, 5);
    dropGuards(db);
    db.$client.prepare(`update events set data = '{"name":"Someone else"}' where id = 3`).run();
    expect(() => signLegacyChain(db, parseAuditKey(process.env.AUDIT_KEY!))).toThrow("The audit chain was not signed: it is broken at event 3 (its content does not match its hash (edited)).");
    expect(count(db, "audit_checkpoints")).toBe(0);
    const headless = freshDb();
    legacyChain(headless.$client, 5);
    headless.$client.exec("delete from settings where key = 'audit.head'");
    expect(() => signLegacyChain(headless, parseAuditKey(process.env.AUDIT_KEY!))).toThrow("its recorded head is missing (the chain ends at event 5)");
  });
});

describe("checkpoints", () => {
  it("are kept at least every 1,000 events; one removed is noticed", async () => {
    const db = freshDb();
    db.transaction((tx) => appendEvents(tx, Array.from({ length: 2500 }, (_, i) => ({ kind: "client.created" as const, actorId: null, data: { name: `Bulk ${i}` } }))));
    expect(db.$client.prepare("select event_id as id from audit_checkpoints").all()).toEqual([{ id: 1 }, { id: 1001 }, { id: 2001 }]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checkpoints: { count: 3 } });
    dropGuards(db);
    db.$client.prepare("delete from audit_checkpoints where event_id = 2001").run();
    expect(describeVerification(await verifyAuditChain(db))).toMatch(/^broken: the 1499 events after the checkpoint at event 1001: none of them is a checkpoint, but one is signed at least every 1000 events: checkpoints were removed/);
    db.$client.prepare("delete from audit_checkpoints where event_id = 1001").run();
    db.$client.prepare("insert into audit_checkpoints select * from (select 2001, hash, 0, 'x', 'y', 0 from events where id = 2001)").run();
    expect(describeVerification(await verifyAuditChain(db))).toMatch(/^broken: the checkpoint at event 2001: it is signed by key x/);
  });

  it("sign with Ed25519: the public key alone checks them", () => {
    const key = parseAuditKey(newAuditKeyText());
    expect(key.publicKey.key.asymmetricKeyType).toBe("ed25519");
    const signature = crypto.sign(null, Buffer.from("x"), key.privateKey);
    expect(crypto.verify(null, Buffer.from("x"), key.publicKey.key, signature)).toBe(true);
  });
});
