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

  it("stops the start with a message that names what to set", () => {
    expect(readServerConfig([], { TRUST_PROXY: "yes please" })).toEqual({ ok: false, message: 'TRUST_PROXY: "yes please" is not an IP address or a CIDR range' });
    expect(readServerConfig([], { TRUST_PROXY: "true" })).toMatchObject({ ok: false, message: expect.stringMatching(/^TRUST_PROXY: "true" would believe any client/) });
    expect(readServerConfig(["-p", "http"], {})).toEqual({ ok: false, message: "PORT must be a number" });
    expect(readServerConfig([], { PORT: "70000" })).toEqual({ ok: false, message: "PORT must be 0 to 65535" });
    expect(readServerConfig(["--verbose"], {})).toMatchObject({ ok: false, message: expect.stringContaining("Usage: server/main.mjs [-p port] [-H hostname]") });
  });
});
