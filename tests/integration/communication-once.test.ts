// The log-communication command: a drafted text with a gap left in it is refused, naming each
// gap, and nothing is written; a submission key answers a repeat as the first time, writing once.
import { describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/commands/command";
import { logCommunication } from "@/lib/commands/communications";
import { fingerprintOf, ONCE_TTL_MS, type Once } from "@/lib/commands/once";
import { count, freshDb, makeActor } from "../helpers/db";
import { aSetback, phoneCall } from "../helpers/setback";

const once = (holder: string, key: string, sent: unknown): Once => ({ holder, key, fingerprint: fingerprintOf("test", JSON.stringify(sent)) });

describe("logging a communication", () => {
  it("refuses a text with an unfilled gap, naming each gap beside its field, and writes nothing", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const { setbackId, contactId } = await aSetback(db, member);
    const before = count(db, "communications");
    const events = count(db, "events");
    const result = await executeCommand(db, logCommunication, member, phoneCall(setbackId, contactId, {
      body: "To make amends, [[what we offer]]. We are [[what we are doing]]; again [[what we offer]].",
      promise: "An update by [[when]]",
    }));
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { body: ["Fill in or remove: what we offer; what we are doing"], promise: ["Fill in or remove: when"] },
    });
    expect(count(db, "communications")).toBe(before);
    expect(count(db, "events")).toBe(events);
    const filled = await executeCommand(db, logCommunication, member, phoneCall(setbackId, contactId, { body: "To make amends, a credit of £50 [on the next invoice]." }));
    expect(filled.ok).toBe(true);
  });

  it("writes a keyed submission once: the repeat gets the first answer, the same key with something else is refused", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const { setbackId, contactId } = await aSetback(db, member);
    const sent = phoneCall(setbackId, contactId);
    const key = once(`user:${member.id}`, "k-1", sent);
    const first = await executeCommand(db, logCommunication, member, sent, key);
    const again = await executeCommand(db, logCommunication, member, sent, key);
    expect(first.ok && again.ok).toBe(true);
    expect(again).toEqual(first);
    expect(count(db, "communications")).toBe(1);
    expect(count(db, "submission_keys")).toBe(1);
    expect(db.$client.prepare("select count(*) as n from events where kind = 'communication.logged'").get()).toEqual({ n: 1 });

    const other = { ...sent, summary: "Another call" };
    expect(await executeCommand(db, logCommunication, member, other, once(`user:${member.id}`, "k-1", other))).toMatchObject({ ok: false, status: 422 });
    // Another person's key of the same name is theirs: it writes.
    const manager = makeActor(db, "manager");
    expect((await executeCommand(db, logCommunication, manager, sent, once(`user:${manager.id}`, "k-1", sent))).ok).toBe(true);
    expect(count(db, "communications")).toBe(2);
  });

  it("keeps no key for a refused submission, so the corrected form goes through with the same key", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const { setbackId, contactId } = await aSetback(db, member);
    const refused = await executeCommand(db, logCommunication, member, phoneCall(setbackId, contactId, { body: "[[what we offer]]" }), once("user:1", "k-2", "a"));
    expect(refused.ok).toBe(false);
    expect(count(db, "submission_keys")).toBe(0);
    expect((await executeCommand(db, logCommunication, member, phoneCall(setbackId, contactId), once("user:1", "k-2", "a"))).ok).toBe(true);
  });

  it("forgets a key after 24 hours", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const { setbackId, contactId } = await aSetback(db, member);
    const sent = phoneCall(setbackId, contactId);
    const key = once("user:1", "k-3", sent);
    expect((await executeCommand(db, logCommunication, member, sent, key)).ok).toBe(true);
    db.$client.prepare("update submission_keys set created_at = created_at - ?").run(ONCE_TTL_MS + 1);
    expect((await executeCommand(db, logCommunication, member, sent, key)).ok).toBe(true);
    expect(count(db, "communications")).toBe(2);
    expect(count(db, "submission_keys")).toBe(1);
  });
});

describe("a keyed write whose answer holds a secret", () => {
  it("keeps the key but never the secret: a repeat writes nothing and says the secret was shown once", async () => {
    const { createApiToken } = await import("@/lib/commands/tokens");
    const db = freshDb();
    const member = makeActor(db, "member");
    const key = once(`user:${member.id}`, "token-1", "Sync");
    const first = await executeCommand(db, createApiToken, member, { name: "Sync" }, key);
    expect(first.ok).toBe(true);
    const token = first.ok ? first.value.token : "";
    expect(db.$client.prepare("select answer from submission_keys").get()).toEqual({ answer: "withheld" });
    expect(JSON.stringify(db.$client.prepare("select * from submission_keys").all())).not.toContain(token);
    expect(await executeCommand(db, createApiToken, member, { name: "Sync" }, key)).toMatchObject({ ok: false, status: 409, formError: "This was already done. Its secret is shown only once, in the first answer." });
    expect(count(db, "api_tokens")).toBe(1);
  });
});
