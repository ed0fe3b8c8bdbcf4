// @ts-check
// Headers on every answer the server sends, Next.js's or its own: the same three as
// next.config.ts (a test checks they agree), so even an answer Next.js gives before its own
// header rules run (a 500 in plain text) carries them. HSTS only over HTTPS that a trusted proxy
// vouched for: sent over plain HTTP, it would be meaningless at best.

/** @type {ReadonlyArray<readonly [string, string]>} */
export const BASE_HEADERS = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "same-origin"],
  ["X-Frame-Options", "DENY"],
];

/** Two years, subdomains included: what hstspreload.org asks for. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * @param {import("node:http").ServerResponse} res
 * @param {"http" | "https"} protocol
 */
export function setSecurityHeaders(res, protocol) {
  for (const [name, value] of BASE_HEADERS) res.setHeader(name, value);
  if (protocol === "https") res.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
}
