// @ts-check
// The host a request names. Next.js builds its URL from the Host header (or a trusted proxy's
// X-Forwarded-Host) and throws on one that is no host ("[::1", "%FF", "local host",
// "localhost:99999": a 500, ERR_INVALID_URL), so such a request is refused first (400). And a
// page or action answered under any name a DNS record points at this server lets another site's
// pages, once their name resolves here (DNS rebinding), post forms as if from this site, Origin
// and Host agreeing: AMENDS_HOSTS names the hosts Amends answers under, every other gets 421.
import net from "node:net";

const NAME = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*\.?$/i;

/**
 * "example.com:8443" → { name: "example.com", port: "8443" }; null when it is not a host as
 * HTTP allows it (a name, an IPv4 address or a bracketed IPv6 address, and a port up to 65535).
 * @param {string} value
 * @returns {{ name: string, port: string | null } | null}
 */
export function parseHost(value) {
  const match = /^(\[[^\]]*\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(value);
  if (!match) return null;
  const [, host, port = null] = match;
  if (port !== null && Number(port) > 65535) return null;
  const bracketed = host.startsWith("[");
  if (bracketed ? !net.isIPv6(host.slice(1, -1)) : host.length > 253 || !NAME.test(host)) return null;
  try {
    new URL(`http://${value}/`); // what Next.js will do with it ("1.2.3.999" is no address)
  } catch {
    return null;
  }
  return { name: host.toLowerCase(), port };
}

/**
 * AMENDS_HOSTS as a list; unset or empty: any host. An entry without a port allows its name on
 * any port. Anything that is not a host throws, naming it.
 * @param {string | undefined} value
 * @returns {Array<{ name: string, port: string | null }> | null}
 */
export function parseAllowedHosts(value) {
  const text = (value ?? "").trim();
  if (text === "") return null;
  return text.split(",").map((entry) => {
    const host = parseHost(entry.trim());
    if (!host) throw new Error(`"${entry.trim()}" is not a host name (write e.g. amends.example.com or amends.example.com:8443)`);
    return host;
  });
}

/**
 * @typedef {import("./refusal-response.mjs").Refusal} Refusal
 * @param {string | undefined} host the Host header, or the X-Forwarded-Host a trusted proxy sent
 * @param {Array<{ name: string, port: string | null }> | null} allowed
 * @param {string} httpVersion
 * @returns {Refusal | null}
 */
export function hostRefusal(host, allowed, httpVersion) {
  if (host === undefined || host === "") {
    // HTTP/1.0 may leave it out; then only an installation that names its hosts refuses.
    if (httpVersion !== "1.0" || allowed) return { status: 400, title: "This request names no site", detail: "It did not say which site it is for. Open Amends from its address and try again.", apiDetail: "Send a Host header." };
    return null;
  }
  const parsed = parseHost(host);
  if (!parsed) return { status: 400, title: "This request names no site", detail: "The site it names cannot be read. Open Amends from its address and try again.", apiDetail: "The Host header is not a host name." };
  if (allowed && !allowed.some((a) => a.name === parsed.name && (a.port === null || a.port === parsed.port))) {
    return { status: 421, title: "Amends does not answer under this name", detail: "This address is not one Amends is set up for. Open Amends from the address you were given.", apiDetail: "This host is not one of AMENDS_HOSTS." };
  }
  return null;
}
