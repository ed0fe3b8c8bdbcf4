// @ts-check
// Who sent a request, and over what: the socket's peer and plain HTTP, unless TRUST_PROXY says
// the peer is a proxy whose X-Forwarded-For and X-Forwarded-Proto may be believed. Next.js
// believes those headers from anyone (it only fills them in when they are missing), so the
// server in front rewrites them to what is known (server/forwarded-headers.mjs). The walk is
// Express's (proxy-addr): from the socket leftwards through X-Forwarded-For, past every trusted
// hop; the first hop that is not trusted is the client.
import net from "node:net";

/**
 * @typedef {{ kind: "none" }
 *   | { kind: "hops", hops: number }
 *   | { kind: "addresses", list: net.BlockList, text: string }} Trust
 */

/** @type {Trust} */
export const TRUST_NOBODY = { kind: "none" };
const MAX_HOPS = 10;

/**
 * "::ffff:10.0.0.1" → "10.0.0.1": the same address however the socket reports it.
 * @param {string | undefined} address
 */
export function normalizeAddress(address) {
  const plain = String(address ?? "").trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  return mapped ? mapped[1] : plain;
}

/** @param {net.BlockList} list @param {string} entry */
function addEntry(list, entry) {
  if (entry === "loopback") {
    list.addSubnet("127.0.0.0", 8, "ipv4");
    list.addAddress("::1", "ipv6");
    return;
  }
  const [address, prefix, extra] = entry.split("/");
  const family = net.isIP(address);
  if (!family || extra !== undefined) throw new Error(`"${entry}" is not an IP address or a CIDR range`);
  const type = family === 4 ? "ipv4" : "ipv6";
  if (prefix === undefined) return list.addAddress(address, type);
  const bits = Number(prefix);
  if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128)) throw new Error(`"${entry}" has no valid prefix length`);
  list.addSubnet(address, bits, type);
}

/**
 * TRUST_PROXY as a rule. Empty, "0" or "false": nobody (the default). A number: that many proxies
 * in front. Otherwise a comma-separated list of the proxies' addresses, CIDR ranges, or
 * "loopback". Anything else throws, with what to write instead.
 * @param {string | undefined} value
 * @returns {Trust}
 */
export function parseTrustProxy(value) {
  const text = (value ?? "").trim();
  if (text === "" || text === "0" || text.toLowerCase() === "false") return TRUST_NOBODY;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_HOPS) throw new Error(`${text} proxies is more than ${MAX_HOPS}; give the number of proxies in front of Amends`);
    return { kind: "hops", hops };
  }
  if (text.toLowerCase() === "true" || text === "*") {
    throw new Error(`"${text}" would believe any client that claims an address; give the number of proxies in front of Amends (e.g. 1) or their addresses (e.g. 10.0.0.5 or 10.0.0.0/24)`);
  }
  const list = new net.BlockList();
  for (const entry of text.split(",").map((e) => e.trim().toLowerCase())) addEntry(list, entry);
  return { kind: "addresses", list, text };
}

/** @param {Trust} trust @param {string} address @param {number} hop (0: the socket's peer) */
function trusts(trust, address, hop) {
  if (trust.kind === "hops") return hop < trust.hops;
  if (trust.kind === "addresses") {
    const family = net.isIP(address);
    return family !== 0 && trust.list.check(address, family === 4 ? "ipv4" : "ipv6");
  }
  return false;
}

/** Whether the socket's peer is a trusted proxy (so its X-Forwarded-Proto and -Host count). */
export function peerIsTrusted(/** @type {Trust} */ trust, /** @type {string} */ socketAddress) {
  return trusts(trust, normalizeAddress(socketAddress), 0);
}

/**
 * The client's address: the first hop, walking from the socket leftwards through
 * X-Forwarded-For, that is not trusted. An entry that is not an address ends the walk at the
 * hop that reported it.
 * @param {Trust} trust @param {string | undefined} socketAddress @param {string | string[] | undefined} forwardedFor
 */
export function clientAddress(trust, socketAddress, forwardedFor) {
  let address = normalizeAddress(socketAddress) || "unknown";
  if (trust.kind === "none") return address;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = header.split(",").map(normalizeAddress).filter(Boolean).reverse();
  for (let i = 0; i < hops.length && trusts(trust, address, i); i++) {
    if (!net.isIP(hops[i])) break;
    address = hops[i];
  }
  return address;
}

/**
 * "https" only when a trusted proxy says so (its first X-Forwarded-Proto value, as Express
 * reads it); the server itself speaks plain HTTP.
 * @param {Trust} trust @param {string | undefined} socketAddress @param {string | string[] | undefined} forwardedProto
 * @returns {"http" | "https"}
 */
export function requestProtocol(trust, socketAddress, forwardedProto) {
  if (!peerIsTrusted(trust, socketAddress ?? "")) return "http";
  const header = Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto;
  return header?.split(",")[0]?.trim().toLowerCase() === "https" ? "https" : "http";
}
