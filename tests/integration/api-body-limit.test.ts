// A body without Content-Length (chunked) through the API's route handler: it is read up to
// the limit and no further; the rest is never pulled, and the answer is 413.
import { beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => (await import("../helpers/app-database")).useAppDatabase("amends-api-body-"));

import { getDb } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { executeCommand } from "@/lib/commands/command";
import { createApiToken } from "@/lib/commands/tokens";
import { POST } from "@/app/api/v1/clients/route";

let token = "";

beforeAll(async () => {
  const db = getDb();
  seedDemo(db);
  const manager = { ...(db.$client.prepare("select id, name from users where email = 'manager@demo.test'").get() as { id: number; name: string }), role: "manager" as const };
  const made = await executeCommand(db, createApiToken, manager, { name: "Bodies" });
  if (!made.ok) throw new Error("token");
  token = made.value.token;
});

describe("an API body without a length", () => {
  it("is read up to 100 kB, then cancelled and answered 413", async () => {
    const seen = { pulled: 0, cancelled: false };
    // 150 MB on offer, 64 kB at a time, made only as they are read.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (seen.pulled * 65_536 >= 150 * 1024 * 1024) return controller.close();
        seen.pulled++;
        controller.enqueue(new Uint8Array(65_536).fill(0x20));
      },
      cancel() {
        seen.cancelled = true;
      },
    }, { highWaterMark: 0 });
    const request = new Request("http://localhost/api/v1/clients", { method: "POST", body, duplex: "half", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } } as RequestInit);
    const response = await POST(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ status: 413, detail: "At most 100000 bytes." });
    expect(seen.pulled).toBe(2); // 131,072 bytes: the first chunk past the limit
    expect(seen.cancelled).toBe(true);
  });
});
