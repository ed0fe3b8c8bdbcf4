// How large a request body may be, by where it goes. next.config.ts gives the action limit to
// Next.js (for server actions and for the copy of the body proxy.ts reads, which must agree: a
// smaller copy cut a 12 MB import off half-way); the server in front refuses larger bodies
// before Next.js reads them (server/body-limits.mjs, the same numbers: a test checks).
import { IMPORT_MAX_BYTES } from "../import/limits";

/** The JSON API's bodies (and every other route under /api/). */
export const API_BODY_MAX_BYTES = 100_000;
/** A server action's whole body: the largest is the CSV import, plus its form around the file. */
export const ACTION_BODY_MAX_BYTES = IMPORT_MAX_BYTES + 1024 * 1024;
