import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_PATHS, openApiDocument } from "@/lib/api/openapi";

const API_DIR = path.join(process.cwd(), "app", "api", "v1");

/** Every route.ts under app/api/v1, as OpenAPI paths with their exported methods. */
function routes(dir = API_DIR, prefix = ""): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith("_")) continue;
    const sub = `${prefix}/${entry.name.replace(/^\[(.+)\]$/, "{$1}")}`;
    const file = path.join(dir, entry.name, "route.ts");
    if (fs.existsSync(file)) {
      const text = fs.readFileSync(file, "utf8");
      found[sub] = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => new RegExp(`export (const|(async )?function) ${m}\\b`).test(text)).map((m) => m.toLowerCase());
    }
    Object.assign(found, routes(path.join(dir, entry.name), sub));
  }
  return found;
}

describe("the OpenAPI document", () => {
  it("describes exactly the routes that exist, method by method", () => {
    const { "/openapi.json": _self, ...existing } = routes();
    const documented = Object.fromEntries(Object.entries(API_PATHS).map(([p, ops]) => [p, Object.keys(ops).sort()]));
    expect(Object.fromEntries(Object.entries(existing).map(([p, m]) => [p, m.sort()]))).toEqual(documented);
  });

  it("is OpenAPI 3.1 with the request bodies' fields from the zod schemas", () => {
    const doc = openApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    const schema = (doc.paths?.["/setbacks"]?.post?.requestBody as { content: Record<string, { schema: { properties: Record<string, unknown>; required: string[] } }> }).content["application/json"].schema;
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["clientId", "title", "severity", "fault", "occurredAt", "discoveredAt"]));
    expect(schema.required).toEqual(expect.arrayContaining(["clientId", "title", "category", "severity"]));
  });

  it("documents Idempotency-Key and its 422 on every POST", () => {
    const doc = openApiDocument();
    const posts = Object.entries(doc.paths ?? {}).flatMap(([p, ops]) => (ops?.post ? [[p, ops.post] as const] : []));
    expect(posts.map(([p]) => p).sort()).toEqual(["/clients", "/setbacks", "/setbacks/{ref}/communications", "/setbacks/{ref}/moves", "/setbacks/{ref}/remedy-tasks"]);
    for (const [, post] of posts) {
      expect((post.parameters as { in: string; name: string }[]).filter((x) => x.in === "header").map((x) => x.name)).toEqual(["idempotency-key"]);
      expect(Object.keys(post.responses ?? {})).toContain("422");
    }
  });
});
