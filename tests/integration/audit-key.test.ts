// The audit key: where it comes from, that it never reaches the database, what happens without
// it, a key rotation, an auditor holding only the public key, and a chain from before checkpoints.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { appendEvents, verifyAuditChain } from "@/db/audit";
import { signUnsignedChain } from "@/db/audit-sign";
import { openDatabase } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { describeVerification } from "@/lib/audit/report";
import { auditKeyFile, findAuditKey, localAuditKey, MISSING_AUDIT_KEY, requireAuditKey } from "@/lib/audit/key-source";
import { newAuditKeyText, parseAuditKey } from "@/lib/audit/signature";
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
    await ok(db, createClient, actor, { name: "Under the second key" });
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
  it("is reported unsigned, then signed as it stands (start-up, audit:anchor), and carries on", async () => {
    const db = freshDb();
    legacyChain(db.$client, 5);
    expect(describeVerification(await verifyAuditChain(db))).toMatch(/^broken: the chain: no checkpoint signs it\. A chain written before checkpoints is signed when the app starts/);
    const key = parseAuditKey(process.env.AUDIT_KEY!);
    expect(signUnsignedChain(db, key)).toMatchObject({ eventId: 5, keyId: key.id });
    expect(signUnsignedChain(db, key)).toBeNull();
    await ok(db, createClient, makeActor(db, "member"), { name: "After the upgrade" });
    expect(describeVerification(await verifyAuditChain(db))).toMatch(/^ok: 7 events, 1 checkpoint signed by key [0-9a-f]{16}, last checkpoint at event 5 /);
  });

  it("is not signed when its hashes do not verify", async () => {
    const db = freshDb();
    legacyChain(db.$client, 5);
    dropGuards(db);
    db.$client.prepare(`update events set data = '{"name":"Someone else"}' where id = 3`).run();
    expect(() => signUnsignedChain(db, parseAuditKey(process.env.AUDIT_KEY!))).toThrow("The audit chain is broken at event 3 (its content does not match its hash (edited)); it was not signed.");
    expect(count(db, "audit_checkpoints")).toBe(0);
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
    db.$client.prepare("insert into audit_checkpoints select * from (select 2001, hash, 0, 'x', 'y' from events where id = 2001)").run();
    expect(describeVerification(await verifyAuditChain(db))).toMatch(/^broken: the checkpoint at event 2001: it is signed by key x/);
  });

  it("sign with Ed25519: the public key alone checks them", () => {
    const key = parseAuditKey(newAuditKeyText());
    expect(key.publicKey.key.asymmetricKeyType).toBe("ed25519");
    const signature = crypto.sign(null, Buffer.from("x"), key.privateKey);
    expect(crypto.verify(null, Buffer.from("x"), key.publicKey.key, signature)).toBe(true);
  });
});
