import { GUESSING, GuessLimiter } from "@/lib/auth/guessing";

// One limiter per process, on globalThis: proxy.ts (which turns a waiting address away before
// the client-link page renders) and the pages, actions and routes that count the failures are
// bundled apart, and share it through there (kept across dev reloads, too).
const holder = globalThis as unknown as { __amendsGuesses?: GuessLimiter };

export function guesses(): GuessLimiter {
  return (holder.__amendsGuesses ??= new GuessLimiter(GUESSING.free, GUESSING.windowMs));
}

/** Keys per kind of secret: a wrong API token does not hold back the same office's client link. */
export const guessKey = {
  link: (address: string) => `link:${address}`,
  token: (address: string) => `token:${address}`,
};

