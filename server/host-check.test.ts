import { describe, expect, it } from "vitest";
import { hostRefusal, parseAllowedHosts, parseHost } from "./host-check.mjs";

describe("the host a request names", () => {
  it("is read as HTTP allows it: a name, an IPv4 address or a bracketed IPv6 address, and a port", () => {
    expect(parseHost("localhost:3103")).toEqual({ name: "localhost", port: "3103" });
    expect(parseHost("Amends.Example.COM")).toEqual({ name: "amends.example.com", port: null });
    expect(parseHost("[::1]:3000")).toEqual({ name: "[::1]", port: "3000" });
    expect(parseHost("127.0.0.1")).toEqual({ name: "127.0.0.1", port: null });
    expect(parseHost("my_host.internal.")).toEqual({ name: "my_host.internal.", port: null });
  });

  it("is no host when Next.js could not build a URL from it, or HTTP does not allow it", () => {
    // The outside probe's four (each a 500, ERR_INVALID_URL), and others of their kind.
    for (const host of ["[::1", "%FF", "local host", "localhost:99999", "x@y", "a/b", "localhost:", ":3000", "[fe80::1%eth0]", "[not-v6]", "1.2.3.999", "-x.example", "a..b", "é.example", "a\\b", "a?b", "a#b"]) {
      expect(parseHost(host), host).toBeNull();
    }
  });

  it("is refused when malformed (400), or, with AMENDS_HOSTS, not named there (421)", () => {
    const allowed = parseAllowedHosts("amends.example.com, localhost:3103");
    expect(hostRefusal("%FF", null, "1.1")).toMatchObject({ status: 400 });
    expect(hostRefusal(undefined, null, "1.1")).toMatchObject({ status: 400 });
    expect(hostRefusal(undefined, null, "1.0")).toBeNull();
    expect(hostRefusal(undefined, allowed, "1.0")).toMatchObject({ status: 400 });
    expect(hostRefusal("evil.example", null, "1.1")).toBeNull();
    expect(hostRefusal("evil.example", allowed, "1.1")).toMatchObject({ status: 421, title: "Amends does not answer under this name" });
    expect(hostRefusal("localhost:3104", allowed, "1.1")).toMatchObject({ status: 421 });
    for (const host of ["amends.example.com", "AMENDS.example.com:443", "localhost:3103"]) expect(hostRefusal(host, allowed, "1.1"), host).toBeNull();
  });
});
