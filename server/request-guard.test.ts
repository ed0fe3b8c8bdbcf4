import { describe, expect, it } from "vitest";
import { refusalFor } from "./request-guard.mjs";

describe("requests refused before Next.js", () => {
  it("refuses a body its route would not take, by its declared length", () => {
    const post = (url: string, headers: Record<string, string>) => refusalFor({ url, headers });
    expect(post("/api/v1/clients", { "content-length": "100001" })).toMatchObject({ status: 413, detail: "At most 100000 bytes can be sent here at once." });
    expect(post("/api/auth/callback/credentials", { "content-length": "100001" })).toMatchObject({ status: 413 });
    expect(post("/api/v1/clients", { "content-length": "100000" })).toBeNull();
    expect(post("/settings/import", { "content-length": String(11 * 1024 * 1024 + 1) })).toMatchObject({ status: 413, detail: "At most 11 MB can be sent here at once." });
    expect(post("/settings/import", { "content-length": String(11 * 1024 * 1024) })).toBeNull();
  });

  it("lets only the JSON API take a body without a length (it counts while it reads)", () => {
    expect(refusalFor({ url: "/api/v1/clients", headers: { "transfer-encoding": "chunked" } })).toBeNull();
    expect(refusalFor({ url: "/login", headers: { "transfer-encoding": "chunked" } })).toMatchObject({ status: 411 });
    expect(refusalFor({ url: "/api/auth/callback/credentials", headers: { "transfer-encoding": "chunked" } })).toMatchObject({ status: 411 });
  });
});
