import { describe, expect, it } from "vitest";
import { withSameSiteCallback, withSameSiteCallbackCookie } from "./auth-callback";

const ORIGIN = "http://localhost:3000";
const callback = (query: string) => withSameSiteCallback(new URL(`${ORIGIN}/api/auth/signin?${query}`)).searchParams.get("callbackUrl");

describe("the callbackUrl Auth.js is given", () => {
  it("is the same-site path any callbackUrl stands for", () => {
    expect(callback("callbackUrl=%0d%0aX:1")).toBe("/");
    expect(callback("callbackUrl=%E2%82%AC")).toBe("/");
    expect(callback("callbackUrl=%FF")).toBe("/");
    expect(callback("callbackUrl=https%3A%2F%2Fevil.example%2F")).toBe("/");
    expect(callback("callbackUrl=%2Fboard%3Fq%3D%E2%82%AC")).toBe("/board?q=%E2%82%AC");
    expect(callback(`callbackUrl=${encodeURIComponent(`${ORIGIN}/clients`)}`)).toBe("/clients");
  });

  it("is left out when there was none, and the rest of the query is kept", () => {
    const url = withSameSiteCallback(new URL(`${ORIGIN}/api/auth/session?x=1`));
    expect(url.href).toBe(`${ORIGIN}/api/auth/session?x=1`);
    expect(withSameSiteCallback(new URL(`${ORIGIN}/api/auth/signin?a=1&callbackUrl=%FF`)).search).toBe("?a=1&callbackUrl=%2F");
  });

  it("from a cookie, is made a same-site path too; other cookies are untouched", () => {
    expect(withSameSiteCallbackCookie("authjs.callback-url=%FF; tz=Europe%2FParis", ORIGIN)).toBe("authjs.callback-url=%2F; tz=Europe%2FParis");
    expect(withSameSiteCallbackCookie("a=1; __Secure-authjs.callback-url=%E2%82%AC", ORIGIN)).toBe("a=1; __Secure-authjs.callback-url=%2F");
    expect(withSameSiteCallbackCookie(`authjs.callback-url=${encodeURIComponent(`${ORIGIN}/board`)}`, ORIGIN)).toBe("authjs.callback-url=%2Fboard");
    expect(withSameSiteCallbackCookie("authjs.session-token=abc; x=%FF", ORIGIN)).toBe("authjs.session-token=abc; x=%FF");
    expect(withSameSiteCallbackCookie(null, ORIGIN)).toBeNull();
  });
});
