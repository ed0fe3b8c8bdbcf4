import "server-only";
import { headers } from "next/headers";
import { RateLimiter } from "@/lib/rate-limit";
import { addressKeyOf } from "./client-address";
import { guessKey, guesses } from "./guessing";

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

/** The key the caller's address counts under (app/_server/client-address.ts). */
export async function clientAddressKey(): Promise<string> {
  return addressKeyOf(await headers());
}

/** Counts a client link nobody holds, opened or posted to from this request's address. */
export async function countLinkGuess(): Promise<void> {
  guesses().fail(guessKey.link(await clientAddressKey()), Date.now());
}
