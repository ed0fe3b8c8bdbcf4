// @ts-check
// Requests refused before Next.js sees them, because Next.js would answer them with a 500 or
// read more than it should:
// - a path that is not valid percent-encoding (Next.js throws decoding it, in plain text and
//   without the security headers): 400;
// - a body larger than its route takes: 413 when Content-Length says so. The JSON API may stream
//   a body (chunked) and stops reading it at its limit itself (app/api/v1/_lib/handler.ts);
//   everywhere else a body must say its length (411), because Next.js would otherwise buffer a
//   chunked one for proxy.ts and then cut it at its clone limit, breaking the form half-way.
import { ACTION_BODY_MAX_BYTES, API_BODY_MAX_BYTES } from "./body-limits.mjs";

/** @typedef {{ status: 400 | 411 | 413, title: string, detail: string }} Refusal */

/** @param {string} pathname */
function isValidPercentEncoding(pathname) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** @param {number} bytes */
const megabytes = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Why this request is refused, or null to let it through.
 * @param {{ url?: string, headers: import("node:http").IncomingHttpHeaders }} req
 * @returns {Refusal | null}
 */
export function refusalFor(req) {
  const pathname = (req.url ?? "/").split("?")[0];
  if (!isValidPercentEncoding(pathname)) {
    return { status: 400, title: "This address is not valid", detail: "The address has a broken %-escape: check the link." };
  }
  const lengthHeader = req.headers["content-length"];
  const length = lengthHeader === undefined ? undefined : Number(lengthHeader);
  const api = pathname.startsWith("/api/");
  const limit = api ? API_BODY_MAX_BYTES : ACTION_BODY_MAX_BYTES;
  if (length !== undefined && length > limit) {
    return { status: 413, title: "The request is too large", detail: `At most ${api ? `${limit} bytes` : megabytes(limit)} can be sent here at once.` };
  }
  if (length === undefined && req.headers["transfer-encoding"] !== undefined && !pathname.startsWith("/api/v1/")) {
    return { status: 411, title: "The request must say its length", detail: "Send the body with a Content-Length header." };
  }
  return null;
}
