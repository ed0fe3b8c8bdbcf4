// @ts-check
// The request as the application sees it: X-Forwarded-For is the one client address the server
// worked out, X-Forwarded-Proto the protocol it trusts. What a client sent under those names
// is gone, and so are the other ways of naming an address (X-Real-IP, Forwarded). The host a
// proxy forwarded is kept only from a trusted proxy; otherwise Next.js uses the Host header.
import { clientAddress, peerIsTrusted, requestProtocol } from "./trusted-proxy.mjs";

/**
 * Rewrites `headers` in place and says what it decided.
 * @param {import("node:http").IncomingHttpHeaders} headers
 * @param {string | undefined} socketAddress
 * @param {import("./trusted-proxy.mjs").Trust} trust
 */
export function rewriteForwardedHeaders(headers, socketAddress, trust) {
  const address = clientAddress(trust, socketAddress, headers["x-forwarded-for"]);
  const protocol = requestProtocol(trust, socketAddress, headers["x-forwarded-proto"]);
  const forwardedHost = String(headers["x-forwarded-host"] ?? "").split(",")[0].trim();
  for (const name of ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "x-real-ip", "forwarded"]) delete headers[name];
  headers["x-forwarded-for"] = address;
  headers["x-forwarded-proto"] = protocol;
  if (forwardedHost && peerIsTrusted(trust, socketAddress ?? "")) headers["x-forwarded-host"] = forwardedHost;
  return { address, protocol };
}
