import { describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/commands/command";
import { createFeedbackLink, receiveFeedback, revokeLink } from "@/lib/commands/feedback";
import { hashToken } from "@/lib/auth/tokens";
import { RateLimiter } from "@/lib/rate-limit";
import { sharedStatus } from "@/db/queries/feedback";
import { count, freshDb, makeActor } from "../helpers/db";
import { aSetback, ok, phoneCall } from "../helpers/setback";
import { logCommunication } from "@/lib/commands/communications";
import { editSetback } from "@/lib/commands/setbacks";

async function withLink() {
  const db = freshDb();
  const manager = makeActor(db, "manager");
  const { clientId, setbackId, contactId } = await aSetback(db, manager);
  const { linkId, token } = await ok(db, createFeedbackLink, manager, { clientId, label: "Operations team" });
  const limits = () => ({ perLink: new RateLimiter(5, 3_600_000), perAddress: new RateLimiter(10, 3_600_000) });
  const submit = (input: Record<string, unknown>, extra: Partial<Parameters<typeof receiveFeedback>[1]> = {}) =>
    receiveFeedback(db, { token, address: "203.0.113.5", input, now: Date.now(), ...limits(), ...extra });
  return { db, manager, clientId, setbackId, contactId, linkId, token, submit };
}

describe("client links", () => {
  it("keeps only the token's hash", async () => {
    const { db, token } = await withLink();
    const row = db.$client.prepare("select token_hash from feedback_links").get() as { token_hash: string };
    expect(row.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(db.$client.prepare("select * from events").all())).not.toContain(token);
  });

  it("a member may not create one", async () => {
    const { db, clientId } = await withLink();
    const member = makeActor(db, "member");
    expect(await executeCommand(db, createFeedbackLink, member, { clientId, label: "x" })).toMatchObject({ ok: false, status: 403 });
  });

  it("turns a submission into a discovered setback from the client, owned by nobody when the client has no account owner", async () => {
    const { db, submit } = await withLink();
    expect(submit({ what: "The portal shows last month's invoice\nsince Monday", impact: "We cannot pay", reach: "ana@example.com" })).toEqual({ ok: true, reference: "SB-0002" });
    const row = db.$client.prepare("select title, description, stage, source, owner_id as owner from setbacks where number = 2").get();
    expect(row).toEqual({ title: "The portal shows last month's invoice", description: "The portal shows last month's invoice\nsince Monday\n\nHow to reach them: ana@example.com", stage: "discovered", source: "client", owner: null });
    const events = db.$client.prepare("select actor_id as actor, kind from events order by id desc limit 2").all();
    expect(events).toEqual([{ actor: null, kind: "communication.logged" }, { actor: null, kind: "setback.reported" }]);
  });

  it("refuses an empty or oversized message with a clear word, and writes nothing", async () => {
    const { db, submit } = await withLink();
    expect(submit({ what: " " })).toMatchObject({ ok: false, status: 400, fieldErrors: { what: ["Tell us what happened"] } });
    expect(submit({ what: "x".repeat(5001) })).toMatchObject({ ok: false, fieldErrors: { what: ["Please keep this under 5,000 characters"] } });
    expect(count(db, "setbacks")).toBe(1);
  });

  it("thanks a bot that filled the honeypot, and writes nothing", async () => {
    const { db, submit } = await withLink();
    expect(submit({ what: "Buy cheap watches", website: "http://spam.example" })).toEqual({ ok: true, reference: null });
    expect(count(db, "setbacks")).toBe(1);
  });

  it("answers a revoked and an unknown link the same: not found", async () => {
    const { db, manager, linkId, submit } = await withLink();
    expect(submit({ what: "x" }, { token: "A".repeat(43) })).toEqual({ ok: false, status: 404, fieldErrors: {} });
    await ok(db, revokeLink, manager, { linkId });
    expect(submit({ what: "x" })).toEqual({ ok: false, status: 404, fieldErrors: {} });
  });

  it("limits submissions per link and per address", async () => {
    const { db, submit } = await withLink();
    const perLink = new RateLimiter(2, 3_600_000);
    const perAddress = new RateLimiter(10, 3_600_000);
    const now = Date.now();
    const results = [0, 1, 2].map((i) => submit({ what: `Problem ${i}` }, { perLink, perAddress, now: now + i }).ok);
    expect(results).toEqual([true, true, false]);
    expect(submit({ what: "Later" }, { perLink, perAddress, now: now + 3_600_001 }).ok).toBe(true);
    const byAddress = new RateLimiter(1, 3_600_000);
    expect(submit({ what: "a" }, { perAddress: byAddress, now }).ok).toBe(true);
    expect(submit({ what: "b" }, { perAddress: byAddress, now })).toMatchObject({ ok: false, status: 429 });
    expect(count(db, "setbacks")).toBe(5);
  });

  it("shows the client only shared open setbacks, with the last update and the promised next one", async () => {
    const { db, manager, clientId, setbackId, contactId } = await withLink();
    expect(await sharedStatus(db, clientId)).toEqual([]);
    const s = db.$client.prepare("select * from setbacks where id = ?").get(setbackId) as Record<string, unknown>;
    await ok(db, editSetback, manager, {
      setbackId, clientId, title: s.title, category: s.category, severity: s.severity, fault: s.fault, source: s.source,
      occurredAt: s.occurred_at, discoveredAt: s.discovered_at, ownerId: s.owner_id, sharedWithClient: "on",
    });
    await ok(db, logCommunication, manager, phoneCall(setbackId, contactId, { promise: "An update", promiseDueAt: "2030-01-02", timeZone: "UTC" }));
    const [status] = await sharedStatus(db, clientId);
    expect(status).toMatchObject({ number: 1, stage: "discovered", nextUpdateBy: Date.UTC(2030, 0, 2, 23, 59, 59) });
    expect(Object.keys(status).sort()).toEqual(["lastUpdate", "late", "nextUpdateBy", "nextUpdateDay", "number", "ownReport", "resolvedAt", "stage", "title"]);
  });
});
