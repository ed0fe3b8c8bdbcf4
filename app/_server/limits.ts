import "server-only";
import { headers } from "next/headers";
import { RateLimiter } from "@/lib/rate-limit";
import { addressOf } from "./client-address";

const HOUR = 3_600_000;
const holder = globalThis as unknown as { __amendsLimits?: { feedbackPerLink: RateLimiter; feedbackPerAddress: RateLimiter } };

/** One set of limiters per process (kept across dev reloads). */
export function limits() {
  holder.__amendsLimits ??= {
    feedbackPerLink: new RateLimiter(5, HOUR),
    feedbackPerAddress: new RateLimiter(10, HOUR),
  };
  return holder.__amendsLimits;
}

/** The caller's address as the server saw it (the first hop when behind a proxy). */
export async function clientAddress(): Promise<string> {
  return addressOf(await headers());
}
