import { addressKey } from "@/lib/security/address-key";

/**
 * The key the per-address limits count this request under (client links, sign-in, token
 * guessing): the client's address as the server in front of Next.js (server/main.mjs) set it in
 * X-Forwarded-For — the socket's peer, or, when TRUST_PROXY names the proxy in front, the client
 * it reports; whatever a client sent under that name is gone by then — made one key per client
 * by lib/security/address-key.ts (an IPv6 address's /64; an IPv4-mapped one as IPv4). The
 * per-account sign-in throttle does not use it. (Under `next dev` there is no such server: the
 * header is the client's.) No "server-only" here: proxy.ts reads it too.
 */
export function addressKeyOf(headers: Headers): string {
  return addressKey(headers.get("x-forwarded-for"));
}
