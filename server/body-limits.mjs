// @ts-check
// How large a request body may be, by where it goes. The same numbers as the application's
// (lib/security/body-limits.ts, which next.config.ts gives to Next.js); a test checks they agree.

/** The JSON API, and every other route under /api/ (sign-in posts are tiny). */
export const API_BODY_MAX_BYTES = 100_000;
/** A server action's whole body: the largest is the CSV import (10 MB) with its form around it. */
export const ACTION_BODY_MAX_BYTES = 11 * 1024 * 1024;
