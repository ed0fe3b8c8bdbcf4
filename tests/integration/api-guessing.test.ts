// Guessing API tokens through the route handler itself: tokens nobody holds count against the
// address they came from (X-Forwarded-For, as the server in front sets it); after 20, that
// address gets 429 with Retry-After, even with a real token, and others do not; 15 minutes on,
// it may try again.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => (await import("../helpers/app-database")).useAppDatabase("amends-api-guessing-"));

import { getDb } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { executeCommand } from "@/lib/commands/command";
import { createApiToken, revokeOwnApiToken } from "@/lib/commands/tokens";
import { GET } from "@/app/api/v1/setbacks/route";

let real = "";
let revoked = "";

beforeAll(async () => {
  const db = getDb();
  seedDemo(db);
  const member = { ...(db.$client.prepare("select id, name from users where email = 'member@demo.test'").get() as { id: number; name: string }), role: "member" as const };
  const made = await executeCommand(db, createApiToken, member, { name: "Sync" });
  const old = await executeCommand(db, createApiToken, member, { name: "Old" });
  if (!made.ok || !old.ok) throw new Error("token");
  real = made.value.token;
  revoked = old.value.token;
  const revoking = await executeCommand(db, revokeOwnApiToken, member, { tokenId: old.value.tokenId });
  if (!revoking.ok) throw new Error("revoke");
});

afterEach(() => vi.useRealTimers());

const list = (token: string, address: string) =>
  GET(new Request("http://localhost/api/v1/setbacks?limit=1", { headers: { authorization: `Bearer ${token}`, "x-forwarded-for": address } }), { params: Promise.resolve({}) });
const unknown = (i: number) => `amends_${String(i).padStart(43, "x")}`;

describe("guessing API tokens", () => {
  it("makes an address that sent 20 unknown or revoked tokens wait, whatever it sends next", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-23T09:00:00Z"));
    const guesser = "203.0.113.7";
    for (let i = 0; i < 19; i++) expect((await list(unknown(i), guesser)).status).toBe(401);
    expect((await list(revoked, guesser)).status).toBe(401);

    vi.setSystemTime(new Date("2026-11-23T09:05:00Z"));
    for (const token of [unknown(99), real]) {
      const refused = await list(token, guesser);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toBe("600");
      expect(await refused.json()).toMatchObject({ status: 429, detail: "Too many unknown tokens from your address. Try again in 10 minutes." });
    }
    expect((await list(real, "203.0.113.8")).status).toBe(200);

    vi.setSystemTime(new Date("2026-11-23T09:15:00.001Z"));
    expect((await list(real, guesser)).status).toBe(200);
  });

  it("does not count a real token, however often it is used", async () => {
    for (let i = 0; i < 30; i++) expect((await list(real, "203.0.113.20")).status).toBe(200);
  });
});
