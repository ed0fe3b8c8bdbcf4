// Every export (CSV, Markdown, JSON) and every API answer holds the organisation's data: none may
// be kept by a browser's or a proxy's cache. The routes are read from lib/auth/entry-points.ts,
// which tests/integration/entry-points.test.ts keeps equal to app/, so a new export or API
// endpoint is checked here without being named: each answers `Cache-Control: no-store`, whether
// it serves, refuses the caller, refuses the input or finds nothing.
import { beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  (await import("../helpers/app-database")).useAppDatabase("amends-no-store-");
  process.env.AMENDS_API_REQUESTS_PER_MINUTE = "1000000";
});
vi.mock("@/app/_server/auth", () => import("../helpers/route-session").then((m) => m.authModule));
vi.mock("react", () => import("../helpers/route-session").then((m) => m.reactModule()));

import { getDb } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { ROUTE_HANDLERS } from "@/lib/auth/entry-points";
import { executeCommand } from "@/lib/commands/command";
import { createApiToken } from "@/lib/commands/tokens";
import { callRoute, signInAs } from "../helpers/route-session";

/** The exports (routes under (app)/ answer files) and the API; Auth.js and the benchmark floor are neither. */
const CHECKED = Object.keys(ROUTE_HANDLERS).filter((key) => /^\w+ (\(app\)\/|api\/v1\/)/.test(key));
/** A body each POST takes, so its success is checked too (one it does not know still gets "{}"). */
const VALID_BODY: Record<string, (now: string) => unknown> = {
  "POST api/v1/clients/route.ts": () => ({ name: "No-store Ltd" }),
  "POST api/v1/setbacks/route.ts": (now) => ({ clientId: 1, title: "Cached?", category: "delay", severity: "low", fault: "ours", source: "internal", occurredAt: now, discoveredAt: now }),
  "POST api/v1/setbacks/[ref]/communications/route.ts": (now) => ({ direction: "outbound", channel: "email", occurredAt: now, summary: "Told them" }),
  "POST api/v1/setbacks/[ref]/moves/route.ts": () => ({ to: "notified" }),
  "POST api/v1/setbacks/[ref]/remedy-tasks/route.ts": () => ({ description: "Re-send it" }),
};
const URLS: Record<string, string> = {
  "GET (app)/clients/[id]/trail/route.ts": "/clients/1/trail?format=csv",
  "GET (app)/reports/export/route.ts": "/reports/export?table=response-times",
  "GET (app)/retrospectives/export/route.ts": "/retrospectives/export",
};
let token = "";
let adminId = 0;

beforeAll(async () => {
  const db = getDb();
  seedDemo(db);
  const admin = db.$client.prepare("select id, name from users where email = 'admin@demo.test'").get() as { id: number; name: string };
  adminId = admin.id;
  const made = await executeCommand(db, createApiToken, { ...admin, role: "admin" }, { name: "No-store" });
  if (!made.ok) throw new Error("token");
  token = made.value.token;
});

describe("Cache-Control: no-store", () => {
  it("is on every answer of every export and API endpoint", async () => {
    expect(CHECKED.length).toBeGreaterThanOrEqual(12);
    const seen: string[] = [];
    for (const key of CHECKED) {
      const [method, file] = key.split(" ");
      const api = file.startsWith("api/v1/");
      const path = URLS[key] ?? `/${file.replace(/\/route\.ts$/, "").replace("[id]", "1").replace("[ref]", "SB-0001")}`;
      const body = (value: unknown) => (method === "GET" ? undefined : JSON.stringify(value));
      const calls: { who: string; params: Record<string, string>; signedIn: boolean; body?: string; url?: string }[] = [
        { who: "anonymous", params: { id: "1", ref: "SB-0001" }, signedIn: false, body: body({}) },
        { who: "admin", params: { id: "1", ref: "SB-0001" }, signedIn: true, body: body({}) },
        { who: "admin, valid body", params: { id: "1", ref: "SB-0001" }, signedIn: true, body: body(VALID_BODY[key]?.(new Date().toISOString()) ?? {}) },
        { who: "admin, nothing there", params: { id: "99999", ref: "SB-9999" }, signedIn: true, body: body({}), url: path.replace("/1/", "/99999/").replace("SB-0001", "SB-9999").replace("table=response-times", "table=none") },
      ];
      for (const call of calls) {
        signInAs(!api && call.signedIn ? adminId : null);
        const headers: Record<string, string> = { "content-type": "application/json" };
        if (api && call.signedIn) headers.authorization = `Bearer ${token}`;
        const response = await callRoute(key, call.url ?? path, { params: call.params, headers, body: call.body });
        seen.push(`${key} as ${call.who}: ${response.status}`);
        expect(response.headers.get("cache-control"), `${key} as ${call.who} (${response.status})`).toBe("no-store");
      }
    }
    // Each kind of answer was seen: served, created, refused and not found.
    const statuses = new Set(seen.map((s) => Number(s.split(": ").at(-1))));
    for (const status of [200, 201, 400, 401, 404]) expect(statuses, seen.join("\n")).toContain(status);
  });
});
