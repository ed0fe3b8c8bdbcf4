import "server-only";

/**
 * The address a request came from, as the first X-Forwarded-For entry (Next.js and a reverse
 * proxy set it). Only the per-address sign-in throttle uses it; the per-account one does not.
 */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip")?.trim() || "unknown";
}
