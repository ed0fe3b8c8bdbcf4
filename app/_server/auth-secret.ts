import "server-only";
import { databasePath } from "@/db/client";
import { localSecret } from "@/lib/auth/local-secret";

export const MISSING_SECRET =
  "AUTH_SECRET is not set. It signs the session cookies: set it to a long random value (for example the output of `openssl rand -base64 32`). `npm run demo` sets one up by itself.";

/**
 * AUTH_SECRET signs the session cookies. Production requires it (instrumentation.ts checks at
 * start-up); in development a random one is made once and kept beside the database.
 */
export function authSecret(): string {
  const fromEnv = process.env.AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  if (process.env.NODE_ENV === "production") throw new Error(MISSING_SECRET);
  return localSecret(databasePath());
}
