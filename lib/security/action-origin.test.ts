import { describe, expect, it } from "vitest";
import { isCrossSiteAction } from "./action-origin";

const multipart = "multipart/form-data; boundary=x";
const check = (headers: Record<string, string>, method = "POST") => isCrossSiteAction(method, new Headers(headers));

describe("a server action from another site", () => {
  it("is a multipart or Next-Action POST whose Origin is not the host", () => {
    expect(check({ "content-type": multipart, host: "amends.test", origin: "https://evil.example" })).toBe(true);
    expect(check({ "next-action": "abc", "content-type": "text/plain", host: "amends.test", origin: "https://evil.example" })).toBe(true);
    expect(check({ "content-type": multipart, host: "amends.test", origin: "null" })).toBe(true);
    expect(check({ "content-type": multipart, host: "amends.test", origin: "not a url" })).toBe(true);
    expect(check({ "content-type": multipart, host: "amends.test:3000", origin: "http://amends.test:3001" })).toBe(true);
  });

  it("is judged against the first forwarded host when a proxy names one", () => {
    expect(check({ "content-type": multipart, host: "127.0.0.1:3000", "x-forwarded-host": "amends.example, inner", origin: "https://amends.example" })).toBe(false);
    expect(check({ "content-type": multipart, host: "amends.example", "x-forwarded-host": "other.example", origin: "https://amends.example" })).toBe(true);
    expect(check({ "content-type": multipart, host: "amends.example", "x-forwarded-host": "", origin: "https://amends.example" })).toBe(false);
  });

  it("is not a same-site post, a post without Origin, a URL-encoded post or a GET", () => {
    expect(check({ "content-type": multipart, host: "amends.test", origin: "http://amends.test" })).toBe(false);
    expect(check({ "content-type": multipart, host: "amends.test" })).toBe(false);
    expect(check({ "content-type": "application/x-www-form-urlencoded", host: "amends.test", origin: "https://evil.example" })).toBe(false);
    expect(check({ "next-action": "abc", host: "amends.test", origin: "https://evil.example" }, "GET")).toBe(false);
  });
});
