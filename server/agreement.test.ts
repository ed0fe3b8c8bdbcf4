// The server in front of Next.js is plain JavaScript with numbers and headers of its own; they
// must be the application's.
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { ACTION_BODY_MAX_BYTES, API_BODY_MAX_BYTES } from "@/lib/security/body-limits";
import { MAX_BODY_BYTES } from "@/app/api/v1/_lib/handler";
import { ROUTE_HANDLERS } from "@/lib/auth/entry-points";
import { API_ROUTES } from "./api-methods.mjs";
import * as server from "./body-limits.mjs";
import { BASE_HEADERS } from "./security-headers.mjs";

describe("the server and the application agree", () => {
  it("on how large a body may be", () => {
    expect(server.API_BODY_MAX_BYTES).toBe(API_BODY_MAX_BYTES);
    expect(MAX_BODY_BYTES).toBe(API_BODY_MAX_BYTES);
    expect(server.ACTION_BODY_MAX_BYTES).toBe(ACTION_BODY_MAX_BYTES);
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(ACTION_BODY_MAX_BYTES);
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(ACTION_BODY_MAX_BYTES);
  });

  it("on the headers every answer carries", async () => {
    const rules = await nextConfig.headers!();
    const everyPath = rules.find((r) => r.source === "/:path*")!;
    expect(everyPath.headers.map((h) => [h.key, h.value])).toEqual(BASE_HEADERS.map(([k, v]) => [k, v]));
  });

  it("on the methods each route under /api/ takes (the Allow of a 405)", () => {
    const fromApp: Record<string, string[]> = {};
    for (const key of Object.keys(ROUTE_HANDLERS)) {
      const [method, file] = key.split(" ");
      if (!file.startsWith("api/")) continue;
      (fromApp[`/${file.replace(/\/route\.ts$/, "")}`] ??= []).push(method);
    }
    const sorted = (routes: Record<string, readonly string[]>) => Object.fromEntries(Object.entries(routes).map(([route, methods]) => [route, [...methods].sort()]));
    expect(sorted(API_ROUTES)).toEqual(sorted(fromApp));
  });
});
