// The key every per-address limit counts under (client links, sign-in per address, token
// guessing): one client, however many addresses it sends from.
// - IPv4: the address itself.
// - An IPv4-mapped IPv6 address (::ffff:10.0.0.6, or ::ffff:a00:6) is that IPv4 address: a
//   dual-stack socket or a proxy may report either form.
// - Any other IPv6 address: its /64. A home, an office or a phone on a mobile network is given
//   at least a /64 and may send from any of its 2^64 addresses (privacy addresses change daily),
//   so a key per full address is a key per try. (Providers that hand out a /56 or /48 give one
//   client more /64s than that; keying wider would also group unrelated clients of providers
//   that give a /64 each, which is the more common, and the usual choice of rate limiters.)
// Anything that is not an address (no server in front under `next dev`) is kept as written.

export const IPV6_PREFIX_BITS = 64;

/** "2001:db8::1" → its eight 16-bit groups; null when it is not an IPv6 address. */
export function ipv6Groups(text: string): number[] | null {
  let address = text.toLowerCase();
  const zone = address.indexOf("%"); // fe80::1%eth0: the zone names the interface, not the host
  if (zone >= 0) address = address.slice(0, zone);
  if (!/^[0-9a-f:.]+$/.test(address) || address.split("::").length > 2) return null;
  let tail: number[] = [];
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (dotted) {
    const v4 = ipv4Octets(dotted[2]);
    if (!v4) return null;
    tail = [(v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]];
    address = dotted[1].endsWith("::") ? dotted[1] : dotted[1].slice(0, -1);
  }
  const [head, rest] = address.split("::") as [string, string | undefined];
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)));
  const left = parse(head);
  const right = rest === undefined ? [] : parse(rest);
  const given = left.length + right.length + tail.length;
  if ([...left, ...right].some(Number.isNaN)) return null;
  if (rest === undefined ? given !== 8 : given > 7) return null;
  return [...left, ...Array(8 - given).fill(0), ...right, ...tail];
}

function ipv4Octets(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255)) return null;
  return parts.map(Number);
}

/** The key a per-address limit counts `address` under. */
export function addressKey(address: string | null | undefined): string {
  const text = String(address ?? "").trim();
  if (text === "") return "unknown";
  if (ipv4Octets(text)) return text;
  const groups = ipv6Groups(text);
  if (!groups) return text;
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join(".");
  return `${groups.slice(0, IPV6_PREFIX_BITS / 16).map((g) => g.toString(16)).join(":")}::/${IPV6_PREFIX_BITS}`;
}
