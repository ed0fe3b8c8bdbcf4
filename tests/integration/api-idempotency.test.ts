// Idempotency-Key on the API's POSTs, through the route handlers themselves: a retry with the same
// key and body gets the first answer (status and body) and writes nothing; the same key with
// another body is a 422 problem; keys are per token; after 24 h (an injected clock) a key is
// forgotten and pruned.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  (await import("../helpers/app-database")).useAppDatabase("amends-api-once-");
});

import { getDb } from "@/db/client";
import { executeCommand } from "@/lib/commands/command";
import { createApiToken } from "@/lib/commands/tokens";
import { formatReference } from "@/lib/setbacks/reference";
import { POST as postClient } from "@/app/api/v1/clients/route";
import { POST as postCommunication } from "@/app/api/v1/setbacks/[ref]/communications/route";
import { count, makeActor } from "../helpers/db";
import { aSetback } from "../helpers/setback";

const tokens: string[] = [];
let reference = "";

beforeAll(async () => {
  const db = getDb();
  const member = makeActor(db, "member");
  for (const name of ["Sync", "Other"]) {
    const made = await executeCommand(db, createApiToken, member, { name });
    if (!made.ok) throw new Error("token");
    tokens.push(made.value.token);
  }
  const { setbackId } = await aSetback(db, member);
  reference = formatReference((db.$client.prepare("select number from setbacks where id = ?").get(setbackId) as { number: number }).number);
});

afterEach(() => vi.useRealTimers());

function send(token: string, body: unknown, key?: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  if (key !== undefined) headers["idempotency-key"] = key;
  const request = new Request(`http://localhost/api/v1/setbacks/${reference}/communications`, { method: "POST", headers, body: JSON.stringify(body) });
  return postCommunication(request, { params: Promise.resolve({ ref: reference }) });
}

const call = (summary: string) => ({ direction: "outbound", channel: "phone", occurredAt: "2026-11-23T08:00:00Z", summary });

describe("Idempotency-Key on the API", () => {
  it("answers a repeat as the first time, refuses another body with 422, holds per token, and forgets after 24 hours", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-23T09:00:00Z"));
    const db = getDb();
    const [sync, other] = tokens;
    const before = count(db, "communications");

    const first = await send(sync, call("Called Hannah"), "retry-1");
    expect(first.status).toBe(201);
    const firstBody = await first.json();
    vi.setSystemTime(new Date("2026-11-24T08:59:59Z"));
    const again = await send(sync, call("Called Hannah"), "retry-1");
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(firstBody);
    expect(count(db, "communications")).toBe(before + 1);

    const reused = await send(sync, call("Another call"), "retry-1");
    expect(reused.status).toBe(422);
    expect(reused.headers.get("content-type")).toContain("application/problem+json");
    expect(await reused.json()).toMatchObject({ status: 422, detail: "This key was already used for a different request. Send a new key for a new request." });
    expect(count(db, "communications")).toBe(before + 1);

    // Another token's key of the same name is its own.
    expect((await send(other, call("Called Hannah"), "retry-1")).status).toBe(201);
    expect(count(db, "communications")).toBe(before + 2);

    // 24 hours on, the key is forgotten: the same request writes again, and the old row is pruned.
    vi.setSystemTime(new Date("2026-11-24T09:00:00.001Z"));
    const later = await send(sync, call("Called Hannah"), "retry-1");
    expect(later.status).toBe(201);
    expect((await later.json()).communicationId).not.toBe(firstBody.communicationId);
    expect(count(db, "communications")).toBe(before + 3);
    expect(db.$client.prepare("select count(*) as n from submission_keys where key = 'retry-1'").get()).toEqual({ n: 2 });
  });

  it("writes every request without a key, refuses a malformed key, and keys every POST (a new client)", async () => {
    const db = getDb();
    const [sync] = tokens;
    const before = count(db, "communications");
    expect((await send(sync, call("No key"))).status).toBe(201);
    expect((await send(sync, call("No key"))).status).toBe(201);
    expect(count(db, "communications")).toBe(before + 2);
    const bad = await send(sync, call("Bad key"), "");
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toContain("Idempotency-Key");

    const client = (key: string) =>
      postClient(new Request("http://localhost/api/v1/clients", { method: "POST", headers: { authorization: `Bearer ${sync}`, "idempotency-key": key }, body: JSON.stringify({ name: "Contoso" }) }), { params: Promise.resolve({}) });
    const made = await client("client-1");
    const repeat = await client("client-1");
    expect([made.status, repeat.status]).toEqual([201, 201]);
    expect(await repeat.json()).toEqual(await made.json());
    expect(db.$client.prepare("select count(*) as n from clients where name = 'Contoso'").get()).toEqual({ n: 1 });
  });

  it("refuses a communication with a drafted gap left in, naming the gap on its field, as the form does", async () => {
    const db = getDb();
    const before = count(db, "communications");
    const refused = await send(tokens[0], { ...call("Called Hannah"), body: "To make amends, [[what we offer]]." }, "gap-1");
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors).toEqual([{ field: "body", message: "Fill in or remove: what we offer" }]);
    expect(count(db, "communications")).toBe(before);
    // Refused, so its key was not kept: the fixed request goes through with it.
    expect((await send(tokens[0], { ...call("Called Hannah"), body: "To make amends, a credit of £50." }, "gap-1")).status).toBe(201);
  });
});
