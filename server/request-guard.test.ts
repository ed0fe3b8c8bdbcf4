import { describe, expect, it } from "vitest";
import { refusalFor } from "./request-guard.mjs";

const get = (url: string) => refusalFor({ url, headers: {} });

describe("requests refused before Next.js", () => {
  it("refuses every path that is not valid percent-encoding, and nothing else for it", () => {
    for (const url of ["/feedback/%FF%FE", "/setbacks/SB-%FF%FE", "/api/v1/setbacks/SB-%FF%FE", "/%", "/a%E0%A4%A", "/login/%C0%AF", "/x%zz"]) {
      expect(get(url), url).toMatchObject({ status: 400, title: "This address is not valid" });
    }
    for (const url of ["/", "/setbacks/SB-0001", "/clients?q=%FF", "/feedback/a%20b", "/board?x=%", "/caf%C3%A9"]) expect(get(url), url).toBeNull();
  });

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
