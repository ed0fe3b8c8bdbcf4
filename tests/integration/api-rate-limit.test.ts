// The API's per-token limit through the route handler itself: the request over the limit gets a
// 429 with Retry-After and a problem body, other tokens are not held back, and a minute later
// the token may call again.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  (await import("../helpers/app-database")).useAppDatabase("amends-api-limit-");
  process.env.AMENDS_API_REQUESTS_PER_MINUTE = "3";
});

import { getDb } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { executeCommand } from "@/lib/commands/command";
import { createApiToken } from "@/lib/commands/tokens";
import { GET } from "@/app/api/v1/setbacks/route";

const tokens: string[] = [];

beforeAll(async () => {
  const db = getDb();
  seedDemo(db);
  const member = db.$client.prepare("select id, name from users where email = 'member@demo.test'").get() as { id: number; name: string };
  for (const name of ["Sync", "Reports"]) {
    const made = await executeCommand(db, createApiToken, { ...member, role: "member" }, { name });
    if (!made.ok) throw new Error("token");
    tokens.push(made.value.token);
  }
});

afterEach(() => vi.useRealTimers());

const list = (token: string) =>
  GET(new Request("http://localhost/api/v1/setbacks?limit=1", { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });

describe("the API's rate limit", () => {
  it("answers the fourth request in a minute with 429, holds back only that token, and lets it in again a minute later", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-23T09:00:00Z"));
    const [sync, reports] = tokens;
    for (let i = 0; i < 3; i++) expect((await list(sync)).status).toBe(200);

    vi.setSystemTime(new Date("2026-11-23T09:00:30Z"));
    const refused = await list(sync);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(await refused.json()).toMatchObject({ status: 429, detail: "At most 3 requests a minute per token." });
    expect((await list(reports)).status).toBe(200);

    vi.setSystemTime(new Date("2026-11-23T09:01:00.001Z"));
    expect((await list(sync)).status).toBe(200);
  });
});
