// PATCH /api/v1/setbacks/{ref}: the fields sent change, the others stay (the client title here).
import { beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => (await import("../helpers/app-database")).useAppDatabase("amends-api-client-title-"));

import { getDb } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { executeCommand } from "@/lib/commands/command";
import { createApiToken } from "@/lib/commands/tokens";
import { PATCH } from "@/app/api/v1/setbacks/[ref]/route";

let token = "";
type Row = Record<string, unknown>;
const row = (): Row => getDb().$client.prepare("select * from setbacks where number = 1").get() as Row;

beforeAll(async () => {
  const db = getDb();
  seedDemo(db);
  const member = db.$client.prepare("select id, name from users where email = 'member@demo.test'").get() as { id: number; name: string };
  const made = await executeCommand(db, createApiToken, { ...member, role: "member" }, { name: "Sync" });
  if (!made.ok) throw new Error("token");
  token = made.value.token;
});

const patch = (body: unknown) =>
  PATCH(
    new Request("http://localhost/api/v1/setbacks/SB-0001", { method: "PATCH", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) }),
    { params: Promise.resolve({ ref: "SB-0001" }) },
  );

describe("PATCH /api/v1/setbacks/{ref}", () => {
  it("sets the title for the client and changes nothing else", async () => {
    const before = row();
    const response = await patch({ clientTitle: "Your order of 3 March" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ reference: "SB-0001", changed: true });
    const after = row();
    expect(after.client_title).toBe("Your order of 3 March");
    for (const key of ["title", "description", "occurred_at", "discovered_at", "estimated_cost_cents", "owner_id", "shared_with_client", "fault", "category"]) expect(after[key], key).toEqual(before[key]);
    const event = getDb().$client.prepare("select kind, data from events order by id desc limit 1").get() as { kind: string; data: string };
    expect(event.kind).toBe("setback.updated");
    expect(JSON.parse(event.data).changes).toEqual({ clientTitle: { from: null, to: "Your order of 3 March" } });
  });

  it("refuses a body that is not an object", async () => {
    const refused = await patch(["clientTitle"]);
    expect(refused.status).toBe(400);
    expect((await refused.json()).detail).toMatch(/^Send a JSON object of the fields to change/);
  });

  it("refuses a stale version with 409 and an overlong client title naming the field", async () => {
    expect((await patch({ clientTitle: "x", version: 1 })).status).toBe(409);
    const refused = await patch({ clientTitle: "x".repeat(201) });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain("Title for the client must be at most 200 characters");
  });
});
