import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, parseTrustProxy, peerIsTrusted, requestProtocol } from "./trusted-proxy.mjs";

describe("TRUST_PROXY", () => {
  it("trusts nobody when unset, empty, 0 or false", () => {
    for (const value of [undefined, "", " ", "0", "false", "FALSE"]) expect(parseTrustProxy(value)).toEqual({ kind: "none" });
  });

  it("takes a number of proxies, or their addresses and ranges", () => {
    expect(parseTrustProxy("2")).toEqual({ kind: "hops", hops: 2 });
    const list = parseTrustProxy("10.0.0.5, 192.168.0.0/16, fd00::/8, loopback");
    expect(list.kind).toBe("addresses");
    for (const address of ["10.0.0.5", "192.168.44.1", "fd12::1", "127.0.0.1", "::1", "::ffff:10.0.0.5"]) expect(peerIsTrusted(list, address), address).toBe(true);
    for (const address of ["10.0.0.6", "192.169.0.1", "fe80::1", "8.8.8.8"]) expect(peerIsTrusted(list, address), address).toBe(false);
  });

  it("refuses what would believe everyone, and what it cannot read, saying what to write", () => {
    expect(() => parseTrustProxy("true")).toThrow('"true" would believe any client that claims an address; give the number of proxies in front of Amends (e.g. 1) or their addresses (e.g. 10.0.0.5 or 10.0.0.0/24)');
    expect(() => parseTrustProxy("*")).toThrow(/would believe any client/);
    expect(() => parseTrustProxy("nginx")).toThrow('"nginx" is not an IP address or a CIDR range');
    expect(() => parseTrustProxy("10.0.0.0/33")).toThrow('"10.0.0.0/33" has no valid prefix length');
    expect(() => parseTrustProxy("10.0.0.0/8/1")).toThrow(/not an IP address/);
    expect(() => parseTrustProxy("11")).toThrow("11 proxies is more than 10");
  });
});

describe("the client's address", () => {
  const none = parseTrustProxy(undefined);
  const one = parseTrustProxy("1");
  const two = parseTrustProxy("2");
  const proxies = parseTrustProxy("10.0.0.0/24");

  it("is the socket's peer when nobody is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(none, "203.0.113.9", "198.51.100.20")).toBe("203.0.113.9");
    expect(clientAddress(none, "::ffff:203.0.113.9", undefined)).toBe("203.0.113.9");
    expect(clientAddress(none, undefined, "198.51.100.20")).toBe("unknown");
  });

  it("behind N proxies, is the address the Nth one saw: entries further left are the client's own words", () => {
    // The client forged 1.1.1.1; the proxy (10.0.0.2) appended the address it saw.
    expect(clientAddress(one, "10.0.0.2", "1.1.1.1, 203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddress(two, "10.0.0.2", "1.1.1.1, 203.0.113.9, 10.0.0.7")).toBe("203.0.113.9");
    expect(clientAddress(one, "10.0.0.2", undefined)).toBe("10.0.0.2");
    expect(clientAddress(two, "10.0.0.2", "203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddress(one, "10.0.0.2", ["1.1.1.1", "203.0.113.9"])).toBe("203.0.113.9");
  });

  it("behind listed proxies, walks from the socket past every listed hop", () => {
    expect(clientAddress(proxies, "10.0.0.2", "1.1.1.1, 203.0.113.9, 10.0.0.7")).toBe("203.0.113.9");
    expect(clientAddress(proxies, "10.0.0.2", "10.0.0.8, 10.0.0.7")).toBe("10.0.0.8");
    // A peer that is not a listed proxy is the client, whatever it claims.
    expect(clientAddress(proxies, "203.0.113.9", "10.0.0.8")).toBe("203.0.113.9");
  });

  it("stops at an entry that is not an address, at the hop that reported it", () => {
    expect(clientAddress(one, "10.0.0.2", "not-an-address")).toBe("10.0.0.2");
    expect(clientAddress(proxies, "10.0.0.2", "203.0.113.9:4711, 10.0.0.7")).toBe("10.0.0.7");
  });

  it("reads IPv6 and IPv4-mapped addresses as one form", () => {
    expect(normalizeAddress("::FFFF:127.0.0.2")).toBe("127.0.0.2");
    expect(clientAddress(one, "::1", " 2001:DB8::1 ")).toBe("2001:db8::1");
  });
});

describe("the protocol", () => {
  it("is https only when a trusted proxy says so", () => {
    expect(requestProtocol(parseTrustProxy(undefined), "203.0.113.9", "https")).toBe("http");
    expect(requestProtocol(parseTrustProxy("1"), "10.0.0.2", "https")).toBe("https");
    expect(requestProtocol(parseTrustProxy("1"), "10.0.0.2", "HTTPS, http")).toBe("https");
    expect(requestProtocol(parseTrustProxy("1"), "10.0.0.2", undefined)).toBe("http");
    expect(requestProtocol(parseTrustProxy("10.0.0.2"), "10.0.0.3", "https")).toBe("http");
    expect(requestProtocol(parseTrustProxy("10.0.0.2"), "10.0.0.2", "gopher")).toBe("http");
  });
});
