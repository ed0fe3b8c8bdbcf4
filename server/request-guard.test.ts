import { describe, expect, it } from "vitest";
import { refusalFor } from "./request-guard.mjs";

const get = (url: string, headers: Record<string, string> = { host: "localhost:3000" }) => refusalFor({ url, headers });

describe("requests refused before Next.js", () => {
  it("refuses every path that is not valid percent-encoding, and nothing else for it", () => {
    for (const url of ["/feedback/%FF%FE", "/setbacks/SB-%FF%FE", "/api/v1/setbacks/SB-%FF%FE", "/%", "/a%E0%A4%A", "/login/%C0%AF", "/x%zz"]) {
      expect(get(url), url).toMatchObject({ status: 400, title: "This link is damaged", detail: "Part of it cannot be read. Check the link, or go back to Amends." });
    }
    for (const url of ["/", "/setbacks/SB-0001", "/clients?q=%FF", "/feedback/a%20b", "/board?x=%", "/caf%C3%A9"]) expect(get(url), url).toBeNull();
  });

  it("refuses a body its route would not take, by its declared length", () => {
    const post = (url: string, headers: Record<string, string>) => refusalFor({ url, headers: { host: "localhost:3000", ...headers } });
    expect(post("/api/v1/clients", { "content-length": "100001" })).toMatchObject({ status: 413, detail: "At most 100000 bytes can be sent here at once." });
    expect(post("/api/auth/callback/credentials", { "content-length": "100001" })).toMatchObject({ status: 413 });
    expect(post("/api/v1/clients", { "content-length": "100000" })).toBeNull();
    expect(post("/settings/import", { "content-length": String(11 * 1024 * 1024 + 1) })).toMatchObject({ status: 413, detail: "At most 11 MB can be sent here at once." });
    expect(post("/settings/import", { "content-length": String(11 * 1024 * 1024) })).toBeNull();
  });

  it("lets only the JSON API take a body without a length (it counts while it reads)", () => {
    const chunked = { host: "localhost:3000", "transfer-encoding": "chunked" };
    expect(refusalFor({ url: "/api/v1/clients", headers: chunked })).toBeNull();
    expect(refusalFor({ url: "/login", headers: chunked })).toMatchObject({ status: 411 });
    expect(refusalFor({ url: "/api/auth/callback/credentials", headers: chunked })).toMatchObject({ status: 411 });
  });

  it("refuses a URL longer than 8 kB, and nothing shorter for its length", () => {
    const query = (length: number) => `/board?x=${"a".repeat(length - "/board?x=".length)}`;
    expect(get(query(8192))).toBeNull();
    expect(get(query(8193))).toMatchObject({ status: 414, title: "This link is too long" });
  });

  it("refuses a Host that is no host, and one AMENDS_HOSTS does not name; a trusted proxy's forwarded host is the host", () => {
    expect(get("/login", { host: "[::1" })).toMatchObject({ status: 400 });
    expect(get("/login", {})).toMatchObject({ status: 400 });
    expect(refusalFor({ url: "/login", httpVersion: "1.0", headers: {} })).toBeNull();
    const hosts = [{ name: "amends.example.com", port: null }];
    expect(refusalFor({ url: "/login", headers: { host: "evil.example" } }, { hosts })).toMatchObject({ status: 421 });
    expect(refusalFor({ url: "/login", headers: { host: "10.0.0.5:3000", "x-forwarded-host": "amends.example.com" } }, { hosts })).toBeNull();
    expect(refusalFor({ url: "/login", headers: { host: "amends.example.com", "x-forwarded-host": "evil.example" } }, { hosts })).toMatchObject({ status: 421 });
    expect(refusalFor({ url: "/login", headers: { host: "localhost", "x-forwarded-host": "%FF" } })).toMatchObject({ status: 400 });
  });
});
