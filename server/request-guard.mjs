// @ts-check
// Requests refused before Next.js sees them, because Next.js would answer them with a 500 or
// read more than it should:
// - a Host that is no host (400), or, when AMENDS_HOSTS is set, one it does not name (421)
//   (server/host-check.mjs);
// - a URL longer than 8 kB (414), as most servers and proxies refuse one (nginx, Apache): no
//   link of the app's comes near it, and a page answered under it would carry it again in the
//   headers of every request the page makes;
// - a path that is not valid percent-encoding (Next.js throws decoding it, in plain text and
//   without the security headers): 400;
// - a body larger than its route takes: 413 when Content-Length says so. The JSON API may stream
//   a body (chunked) and stops reading it at its limit itself (app/api/v1/_lib/handler.ts);
//   everywhere else a body must say its length (411), because Next.js would otherwise buffer a
//   chunked one for proxy.ts and then cut it at its clone limit, breaking the form half-way.
import { ACTION_BODY_MAX_BYTES, API_BODY_MAX_BYTES } from "./body-limits.mjs";
import { hostRefusal } from "./host-check.mjs";

/** @typedef {import("./refusal-response.mjs").Refusal} Refusal */

export const URL_MAX_BYTES = 8 * 1024;

export const URL_TOO_LONG = {
  status: 414,
  title: "This link is too long",
  detail: "It is longer than any link of Amends can be. Check the link, or go back to Amends.",
  apiDetail: `At most ${URL_MAX_BYTES} bytes of path and query.`,
};

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
 * Why this request is refused, or null to let it through. `headers` are as the server rewrote
 * them: an X-Forwarded-Host is there only from a trusted proxy, and then it is the host.
 * @param {{ url?: string, httpVersion?: string, headers: import("node:http").IncomingHttpHeaders }} req
 * @param {{ hosts?: Array<{ name: string, port: string | null }> | null }} [options]
 * @returns {Refusal | null}
 */
export function refusalFor(req, options = {}) {
  const forwardedHost = req.headers["x-forwarded-host"];
  const host = hostRefusal(typeof forwardedHost === "string" ? forwardedHost : req.headers.host, options.hosts ?? null, req.httpVersion ?? "1.1");
  if (host) return host;
  const url = req.url ?? "/";
  if (url.length > URL_MAX_BYTES) return URL_TOO_LONG;
  const pathname = url.split("?")[0];
  if (!isValidPercentEncoding(pathname)) {
    return { status: 400, title: "This link is damaged", detail: "Part of it cannot be read. Check the link, or go back to Amends.", apiDetail: "The path has a broken %-escape." };
  }
  const lengthHeader = req.headers["content-length"];
  const length = lengthHeader === undefined ? undefined : Number(lengthHeader);
  const api = pathname.startsWith("/api/");
  const limit = api ? API_BODY_MAX_BYTES : ACTION_BODY_MAX_BYTES;
  if (length !== undefined && length > limit) {
    return { status: 413, title: "This is too large to send", detail: `At most ${api ? `${limit} bytes` : megabytes(limit)} can be sent here at once.` };
  }
  if (length === undefined && req.headers["transfer-encoding"] !== undefined && !pathname.startsWith("/api/v1/")) {
    // Browsers always send a form's length: only a program gets this, so it says what to do.
    return { status: 411, title: "This request must say its length", detail: "Send the body with a Content-Length header." };
  }
  return null;
}
