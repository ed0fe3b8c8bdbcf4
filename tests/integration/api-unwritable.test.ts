// The API and GET /api/health, through their route handlers, when the database cannot be
// written: a full database (SQLite's page limit) and a write lock held by another program
// (busy timeout 0 on the app's connection instead of its 5 s: the same SQLITE_BUSY, sooner).
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => (await import("../helpers/app-database")).useAppDatabase("amends-api-unwritable-"));

import { getDb } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { executeCommand } from "@/lib/commands/command";
import { createApiToken } from "@/lib/commands/tokens";
import { GET as listSetbacks, POST as createSetback } from "@/app/api/v1/setbacks/route";
import { GET as health } from "@/app/api/health/route";
import { fillUp, makeRoom } from "../helpers/unwritable";

let token = "";
let clientId = 0;

beforeAll(async () => {
  const db = getDb();
  seedDemo(db);
  const member = db.$client.prepare("select id, name from users where email = 'member@demo.test'").get() as { id: number; name: string };
  const made = await executeCommand(db, createApiToken, { ...member, role: "member" }, { name: "Sync" });
  if (!made.ok) throw new Error("token");
  token = made.value.token;
  clientId = (db.$client.prepare("select id from clients order by id limit 1").get() as { id: number }).id;
});

const params = { params: Promise.resolve({}) };
const auth = () => ({ authorization: `Bearer ${token}` });
const list = () => listSetbacks(new Request("http://localhost/api/v1/setbacks?limit=1", { headers: auth() }), params);
const create = () =>
  createSetback(
    new Request("http://localhost/api/v1/setbacks", {
      method: "POST",
      headers: { ...auth(), "content-type": "application/json" },
      body: JSON.stringify({ clientId, title: "Warehouse flooded", category: "delay", severity: "high", fault: "ours", source: "internal", occurredAt: "2026-11-20T08:00:00Z", discoveredAt: "2026-11-20T09:00:00Z", description: "Water in every aisle. ".repeat(400) }),
    }),
    params,
  );
const healthNow = async () => {
  const answer = await health();
  return { status: answer.status, cache: answer.headers.get("cache-control"), body: await answer.json() };
};

/** Another program holds the write lock while `fn` runs. */
async function whileLocked<T>(fn: () => Promise<T>): Promise<T> {
  const db = getDb();
  db.$client.pragma("busy_timeout = 0");
  const other = new Database(db.$client.name);
  other.exec("begin immediate");
  try {
    return await fn();
  } finally {
    other.exec("rollback");
    other.close();
    db.$client.pragma("busy_timeout = 5000");
  }
}

describe("the API on a database that cannot be written", () => {
  it("answers a write on a full database with 503 problem details and Retry-After", async () => {
    fillUp(getDb());
    try {
      const refused = await create();
      expect(refused.status).toBe(503);
      expect(refused.headers.get("content-type")).toBe("application/problem+json");
      expect(refused.headers.get("retry-after")).toBe("60");
      expect(await refused.json()).toEqual({ type: "about:blank", title: "The database cannot be written just now", status: 503, detail: "Amends could not save (the disk is full); nothing was saved." });
      expect((await list()).status).toBe(200);
    } finally {
      makeRoom(getDb());
    }
    expect((await create()).status).toBe(201);
  });

  it("keeps answering reads while another program holds the write lock, and refuses writes with 503", async () => {
    await whileLocked(async () => {
      const read = await list();
      expect(read.status).toBe(200);
      expect(await read.json()).toMatchObject({ data: [expect.objectContaining({ reference: expect.stringMatching(/^SB-/) })] });
      const refused = await create();
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("5");
      expect(await refused.json()).toMatchObject({ detail: "Amends could not save (the database is busy with another program's write); nothing was saved." });
    });
  });
});

describe("GET /api/health", () => {
  it("is 200 when the database reads, writes and is migrated, and never cached", async () => {
    expect(await healthNow()).toEqual({ status: 200, cache: "no-store", body: { status: "ok", database: { readable: true, writable: true, migrations: "current" } } });
  });

  it("is 503 'degraded' while the database cannot be written, and 200 again after", async () => {
    fillUp(getDb());
    try {
      expect(await healthNow()).toEqual({ status: 503, cache: "no-store", body: { status: "degraded", database: { readable: true, writable: false, migrations: "current", problem: "the disk is full" } } });
    } finally {
      makeRoom(getDb());
    }
    expect(await whileLocked(healthNow)).toMatchObject({ status: 503, body: { status: "degraded", database: { writable: false, problem: "the database is busy with another program's write" } } });
    expect((await healthNow()).status).toBe(200);
  });
});
