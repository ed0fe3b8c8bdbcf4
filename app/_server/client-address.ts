import "server-only";

/**
 * The address a request came from, as the first X-Forwarded-For entry (Next.js and a reverse
 * proxy set it). The per-address limits use it (client links, sign-in); the per-account
 * sign-in throttle does not.
 */
export function addressOf(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip")?.trim() || "unknown";
}
