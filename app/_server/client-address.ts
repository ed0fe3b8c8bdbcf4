/**
 * The address a request came from. The server in front of Next.js (server/main.mjs) sets
 * X-Forwarded-For to exactly that: the socket's peer, or, when TRUST_PROXY names the proxy in
 * front, the client it reports. Whatever a client sent under that name is gone by then. The
 * per-address limits use it (client links, sign-in, token guessing); the per-account sign-in
 * throttle does not. (Under `next dev` there is no such server: the header is the client's.)
 * No "server-only" here: proxy.ts reads it too.
 */
export function addressOf(headers: Headers): string {
  return headers.get("x-forwarded-for")?.trim() || "unknown";
}
