// @ts-check
// The server's own answers, for requests it refuses before Next.js: problem+json under /api/ (as
// the API's own errors), elsewhere a small page in the app's look (server/small-page.mjs) with a
// policy that allows nothing to run; never cached. The connection is closed after it: the body
// was not read.
import { SMALL_PAGE_CSP, smallPageHtml } from "./small-page.mjs";

/**
 * @typedef {{ status: number, title: string, detail: string, apiDetail?: string, headers?: Record<string, string> }} Refusal
 * `detail` in plain words for a person; `apiDetail`, if given, for a program calling /api/.
 */

/** @param {string | undefined} url */
export const isApiPath = (url) => (url ?? "/").startsWith("/api/");

/** @param {Refusal} refusal @param {boolean} api */
export function refusalBody(refusal, api) {
  return api
    ? JSON.stringify({ type: "about:blank", title: refusal.title, status: refusal.status, detail: refusal.apiDetail ?? refusal.detail })
    : smallPageHtml(refusal.title, refusal.detail);
}

/** The headers of a refusal, besides the security headers every answer has. @param {Refusal} refusal @param {boolean} api */
export function refusalHeaders(refusal, api) {
  return {
    "Content-Type": api ? "application/problem+json" : "text/html; charset=utf-8",
    ...(api ? {} : { "Content-Security-Policy": SMALL_PAGE_CSP }),
    "Cache-Control": "no-store",
    ...refusal.headers,
  };
}

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {Refusal} refusal
 */
export function sendRefusal(req, res, refusal) {
  const api = isApiPath(req.url);
  res.statusCode = refusal.status;
  for (const [name, value] of Object.entries(refusalHeaders(refusal, api))) res.setHeader(name, value);
  res.setHeader("Connection", "close");
  res.end(req.method === "HEAD" ? undefined : refusalBody(refusal, api));
}
