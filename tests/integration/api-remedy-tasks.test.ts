// POST /api/v1/setbacks/{ref}/remedy-tasks: the remedy form's rule over HTTP — a due date that
// has passed is refused on its field unless `recordedAfterTheFact` is true, which is stored.
import { beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  (await import("../helpers/app-database")).useAppDatabase("amends-api-remedy-");
});
vi.mock("@/app/_server/auth", () => import("../helpers/route-session").then((m) => m.authModule));
vi.mock("react", () => import("../helpers/route-session").then((m) => m.reactModule()));

import { getDb } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { executeCommand } from "@/lib/commands/command";
import { createApiToken } from "@/lib/commands/tokens";
import { callRoute } from "../helpers/route-session";

const ROUTE = "POST api/v1/setbacks/[ref]/remedy-tasks/route.ts";
let headers: Record<string, string> = {};
let ref = "";

beforeAll(async () => {
  const db = getDb();
  seedDemo(db);
  const member = db.$client.prepare("select id, name from users where email = 'member@demo.test'").get() as { id: number; name: string };
  const made = await executeCommand(db, createApiToken, { ...member, role: "member" }, { name: "Remedies" });
  if (!made.ok) throw new Error("token");
  headers = { "content-type": "application/json", authorization: `Bearer ${made.value.token}` };
  // It occurred three days ago: yesterday lies after it, so a task due then may be recorded after the fact.
  const now = new Date(Date.now() - 3 * 86_400_000).toISOString();
  const created = await callRoute("POST api/v1/setbacks/route.ts", "/api/v1/setbacks", {
    headers,
    body: JSON.stringify({ clientId: 1, title: "Parcel lost", category: "delay", severity: "high", fault: "ours", source: "internal", occurredAt: now, discoveredAt: now }),
  });
  ref = ((await created.json()) as { reference: string }).reference;
});

const post = (body: unknown) => callRoute(ROUTE, `/api/v1/setbacks/${ref}/remedy-tasks`, { params: { ref }, headers, body: JSON.stringify(body) });

describe("planning a remedy task through the API", () => {
  it("refuses a past due date on its field, and takes it recorded after the fact", async () => {
    const dueAt = new Date(Date.now() - 86_400_000).toISOString();
    const refused = await post({ description: "Send a replacement", dueAt });
    expect(refused.status).toBe(400);
    const problem = (await refused.json()) as { errors: { field: string; message: string }[] };
    expect(problem.errors).toEqual([{ field: "dueAt", message: expect.stringMatching(/^The due date has passed/) }]);

    const taken = await post({ description: "Send a replacement", dueAt, recordedAfterTheFact: true });
    expect(taken.status).toBe(201);
    const { taskId } = (await taken.json()) as { taskId: number };
    expect(getDb().$client.prepare("select recorded_after_the_fact as late, description from remedy_tasks where id = ?").get(taskId)).toEqual({ late: 1, description: "Send a replacement" });

    // Before the setback occurred, never: not even recorded after the fact.
    const before = await post({ description: "Send a replacement", dueAt: new Date(Date.now() - 4 * 86_400_000).toISOString(), recordedAfterTheFact: true });
    expect(before.status).toBe(400);
    expect(((await before.json()) as { errors: unknown[] }).errors).toEqual([{ field: "dueAt", message: expect.stringMatching(/^Due date must be on or after the setback occurred \(\d{1,2} \w{3} \d{4}\)$/) }]);

    const ahead = await post({ description: "Call them back", dueAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(ahead.status).toBe(201);
  });
});
