import { describe, expect, it } from "vitest";
import { readServerConfig } from "./config.mjs";

describe("the server's configuration", () => {
  it("takes the port and hostname as next start does, and trusts no proxy by default", () => {
    const read = readServerConfig(["-p", "3103", "-H", "127.0.0.1"], {});
    expect(read).toMatchObject({ ok: true, config: { port: 3103, hostname: "127.0.0.1", trustProxy: { kind: "none" } } });
    expect(readServerConfig([], { PORT: "8080" })).toMatchObject({ ok: true, config: { port: 8080, hostname: undefined } });
    expect(readServerConfig([], {})).toMatchObject({ ok: true, config: { port: 3000 } });
    expect(readServerConfig(["--port", "0"], { TRUST_PROXY: "1" })).toMatchObject({ ok: true, config: { port: 0, trustProxy: { kind: "hops", hops: 1 } } });
  });

  it("answers under any host unless AMENDS_HOSTS names them", () => {
    expect(readServerConfig([], {})).toMatchObject({ ok: true, config: { hosts: null } });
    expect(readServerConfig([], { AMENDS_HOSTS: " " })).toMatchObject({ ok: true, config: { hosts: null } });
    expect(readServerConfig([], { AMENDS_HOSTS: "Amends.Example.com, amends.example.com:8443,[::1]:3000" })).toMatchObject({
      ok: true,
      config: { hosts: [{ name: "amends.example.com", port: null }, { name: "amends.example.com", port: "8443" }, { name: "[::1]", port: "3000" }] },
    });
  });

  it("stops the start with a message that names what to set", () => {
    expect(readServerConfig([], { TRUST_PROXY: "yes please" })).toEqual({ ok: false, message: 'TRUST_PROXY: "yes please" is not an IP address or a CIDR range' });
    expect(readServerConfig([], { TRUST_PROXY: "true" })).toMatchObject({ ok: false, message: expect.stringMatching(/^TRUST_PROXY: "true" would believe any client/) });
    expect(readServerConfig(["-p", "http"], {})).toEqual({ ok: false, message: "PORT must be a number" });
    expect(readServerConfig([], { PORT: "70000" })).toEqual({ ok: false, message: "PORT must be 0 to 65535" });
    expect(readServerConfig([], { AMENDS_HOSTS: "https://amends.example.com" })).toEqual({ ok: false, message: 'AMENDS_HOSTS: "https://amends.example.com" is not a host name (write e.g. amends.example.com or amends.example.com:8443)' });
    expect(readServerConfig([], { AMENDS_HOSTS: "amends.example.com:99999" })).toMatchObject({ ok: false, message: expect.stringMatching(/^AMENDS_HOSTS: "amends.example.com:99999" is not a host name/) });
    expect(readServerConfig(["--verbose"], {})).toMatchObject({ ok: false, message: expect.stringContaining("Usage: server/main.mjs [-p port] [-H hostname]") });
  });
});
