import "server-only";
import { headers } from "next/headers";
import { RateLimiter } from "@/lib/rate-limit";
import { addressOf } from "./client-address";
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

/** The caller's address as the server in front worked it out (app/_server/client-address.ts). */
export async function clientAddress(): Promise<string> {
  return addressOf(await headers());
}

/** Counts a client link nobody holds, opened or posted to from this request's address. */
export async function countLinkGuess(): Promise<void> {
  guesses().fail(guessKey.link(await clientAddress()), Date.now());
}
