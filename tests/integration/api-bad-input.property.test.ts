// Generated bad requests at every /api/v1 endpoint, through the route handlers themselves
// (token, body limit, JSON parsing, query and path parameters): malformed JSON, JSON of every
// shape, oversized bodies, odd query strings and references, and otherwise valid setbacks and
// communications whose instants span the whole number range. Expected: never a 5xx, a refused
// request writes nothing, and an accepted one stores no instant a page cannot show.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  // Before any module opens the database: the routes' getDb() uses this file.
  (await import("../helpers/app-database")).useAppDatabase("amends-api-fuzz-");
  process.env.AMENDS_API_REQUESTS_PER_MINUTE = "1000000";
});

import { getDb } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { executeCommand } from "@/lib/commands/command";
import { createApiToken } from "@/lib/commands/tokens";
import { anyInstantNumber, anyInstantString } from "../helpers/instants";
import { instantsOutsideWindow } from "../helpers/stored-instants";

const APP = path.join(process.cwd(), "app");
type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
let token = "";

beforeAll(async () => {
  const db = getDb();
  seedDemo(db);
  const admin = db.$client.prepare("select id, name from users where email = 'admin@demo.test'").get() as { id: number; name: string };
  const made = await executeCommand(db, createApiToken, { ...admin, role: "admin" }, { name: "Fuzz" });
  if (!made.ok) throw new Error("token");
  token = made.value.token;
});


function counts(): Record<string, number> {
  const db = getDb();
  const tables = (db.$client.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' and name <> 'api_tokens'").all() as { name: string }[]).map((t) => t.name);
  return Object.fromEntries(tables.map((t) => [t, (db.$client.prepare(`select count(*) as n from "${t}"`).get() as { n: number }).n]));
}

const body = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.dictionary(fc.constantFrom("clientId", "title", "category", "severity", "fault", "source", "occurredAt", "discoveredAt", "to", "reason", "direction", "channel", "summary", "name", "notes", "description", "dueAt", "recordedAfterTheFact"), fc.jsonValue(), { maxKeys: 10 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 60 }),
  // A setback (POST /setbacks), a communication (POST /setbacks/{ref}/communications) and a remedy task in one.
  fc.tuple(fc.oneof(anyInstantNumber, anyInstantString), fc.oneof(anyInstantNumber, anyInstantString)).map(([at, due]) =>
    JSON.stringify({ clientId: 1, title: "Far away", category: "delay", severity: "high", fault: "ours", source: "internal", occurredAt: at, discoveredAt: at, direction: "outbound", channel: "email", summary: "Called", promise: "An update", promiseDueAt: due, description: "Send it again", dueAt: due, recordedAfterTheFact: true }),
  ),
  fc.constantFrom("", "{", "[1,2", "null", "\u0000", '{"title": "\\ud800"}', "x".repeat(150_000), JSON.stringify({ title: "y".repeat(120_000) })),
);
const reference = fc.oneof(fc.constantFrom("SB-0001", "SB-0040", "SB-9999", "sb-0001", "0001", "SB-", "%27%20or%201%3D1", "../../etc"), fc.string({ maxLength: 12 }));
const query = fc.dictionary(fc.constantFrom("cursor", "limit", "stage", "severity", "clientId", "q", "from", "to", "x"), fc.oneof(fc.string({ maxLength: 20 }), fc.integer().map(String)), { maxKeys: 5 });

async function route(file: string, method: string): Promise<Handler> {
  return (await import(path.join(APP, "api", "v1", file, "route.ts")))[method] as Handler;
}

describe("bad requests, at every API endpoint", () => {
  it("never get a 5xx, and a refused one writes nothing", async () => {
    const endpoints: { name: string; method: string; file: string; withBody: boolean }[] = [
      { name: "POST /setbacks", method: "POST", file: "setbacks", withBody: true },
      { name: "POST /clients", method: "POST", file: "clients", withBody: true },
      { name: "POST /setbacks/{ref}/communications", method: "POST", file: "setbacks/[ref]/communications", withBody: true },
      { name: "POST /setbacks/{ref}/moves", method: "POST", file: "setbacks/[ref]/moves", withBody: true },
      { name: "POST /setbacks/{ref}/remedy-tasks", method: "POST", file: "setbacks/[ref]/remedy-tasks", withBody: true },
      { name: "GET /setbacks", method: "GET", file: "setbacks", withBody: false },
      { name: "GET /setbacks/{ref}", method: "GET", file: "setbacks/[ref]", withBody: false },
      { name: "PATCH /setbacks/{ref}", method: "PATCH", file: "setbacks/[ref]", withBody: true },
      { name: "GET /clients", method: "GET", file: "clients", withBody: false },
      { name: "GET /clients/{id}/trail", method: "GET", file: "clients/[id]/trail", withBody: false },
    ];
    // Every handler the API has is in the list above.
    const onDisk = fs
      .readdirSync(path.join(APP, "api", "v1"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith("route.ts") && !f.startsWith("openapi"))
      .flatMap((f) => ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => fs.readFileSync(path.join(APP, "api", "v1", f), "utf8").match(new RegExp(`export (const|async function|function) ${m}\\b`))).map((m) => `${m} ${path.dirname(f)}`));
    expect(onDisk.sort()).toEqual(endpoints.map((e) => `${e.method} ${e.file}`).sort());

    let cases = 0;
    const statuses: Record<number, number> = {};
    for (const endpoint of endpoints) {
      const handler = await route(endpoint.file, endpoint.method);
      await fc.assert(
        fc.asyncProperty(body, reference, fc.integer({ min: -5, max: 100 }), query, async (text, ref, id, params) => {
          const before = counts();
          const url = new URL(`http://localhost/api/v1/${endpoint.file.replace("[ref]", encodeURIComponent(ref)).replace("[id]", String(id))}`);
          for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
          const response = await handler(
            new Request(url, { method: endpoint.method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: endpoint.withBody ? text : undefined }),
            { params: Promise.resolve({ ref, id: String(id) }) },
          );
          cases += 1;
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
          expect(response.status, `${endpoint.name}: ${(await response.clone().text()).slice(0, 200)}`).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.headers.get("content-type")).toBe("application/problem+json");
            expect(counts(), endpoint.name).toEqual(before);
          } else if (endpoint.withBody) {
            expect(instantsOutsideWindow(getDb()), `${endpoint.name} accepted ${text.slice(0, 300)}`).toEqual([]);
          }
        }),
        { numRuns: 100 },
      );
    }
    console.log(`API bad input: ${cases} requests over ${endpoints.length} endpoints: ${JSON.stringify(statuses)}`);
  }, 120_000);
});
