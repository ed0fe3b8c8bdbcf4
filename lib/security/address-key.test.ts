import net from "node:net";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressKey, ipv6Groups } from "./address-key";

describe("the key a per-address limit counts under", () => {
  it("is an IPv6 address's /64, however the address is written", () => {
    for (const address of ["2001:db8:5::1", "2001:db8:5::25", "2001:DB8:5:0:ffff:ffff:ffff:ffff", "2001:0db8:0005:0000:0000:0000:0000:0001", "2001:db8:5:0::1.2.3.4", "2001:db8:5::1%eth0"]) {
      expect(addressKey(address), address).toBe("2001:db8:5:0::/64");
    }
    expect(addressKey("2001:db8:5:1::1")).toBe("2001:db8:5:1::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("fe80::1:2:3:4")).toBe("fe80:0:0:0::/64");
  });

  it("is the IPv4 address for an IPv4-mapped IPv6 address, dotted or in hex", () => {
    for (const address of ["10.0.0.6", "::ffff:10.0.0.6", "::FFFF:10.0.0.6", "::ffff:a00:6", "0:0:0:0:0:ffff:0a00:0006", " ::ffff:10.0.0.6 "]) {
      expect(addressKey(address), address).toBe("10.0.0.6");
    }
    expect(addressKey("127.0.0.1")).toBe("127.0.0.1");
  });

  it("keeps what is not an address as written, and an absent one as unknown", () => {
    expect(addressKey("")).toBe("unknown");
    expect(addressKey(undefined)).toBe("unknown");
    for (const text of ["unknown", "not an address", "1:2:3", "1::2::3", "2001:db8::g", "1.2.3.256", "01.2.3.4", "::ffff:1.2.3", "1:2:3:4:5:6:7:8:9"]) {
      expect(ipv6Groups(text), text).toBeNull();
      expect(addressKey(text), text).toBe(text);
    }
  });

  it("reads every IPv6 address as Node.js does, compressed or not", () => {
    const groups = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff })), { minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(groups, (g) => {
        const full = g.map((x) => x.toString(16)).join(":");
        // The URL parser writes the canonical (compressed) form: another spelling of the same address.
        const compressed = new URL(`http://[${full}]/`).hostname.slice(1, -1);
        expect(net.isIPv6(full) && net.isIPv6(compressed)).toBe(true);
        expect(ipv6Groups(full)).toEqual(g);
        expect(ipv6Groups(compressed)).toEqual(g);
        const list = new net.BlockList();
        list.addSubnet(full, 64, "ipv6");
        const key = addressKey(compressed);
        if (!key.includes("/")) return; // an IPv4-mapped one
        expect(list.check(key.replace("::/64", "::"), "ipv6")).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
