// @ts-check
// Every refusal under /api/ is problem+json that is never cached, as the API's own errors are
// (lib/api/problem.ts). Next.js answers some itself before any route of ours runs: a method a
// route does not export (a bare 405, no body, no Allow), a path no route has (its HTML 404 page),
// an error thrown (a 500). Those answers are replaced here as they start: status kept, headers
// and body ours, a 405 with the route's methods in Allow (server/api-methods.mjs). Answers in
// JSON are the routes' own and pass untouched, and so are Auth.js's pages for people
// (/api/auth/*, HTML with a policy of their own: app/_server/auth-route.ts).
import http from "node:http";
import { allowedMethods } from "./api-methods.mjs";

/** @param {unknown} value */
const headerText = (value) => (Array.isArray(value) ? value.join(", ") : value === undefined || value === null ? "" : String(value));

/**
 * The problem for a refusal that is not already one, or null to leave the answer as it is.
 * @param {{ method?: string, url?: string }} req @param {number} status @param {string} contentType
 * @returns {{ body: string, headers: Record<string, string> } | null}
 */
export function problemFor(req, status, contentType) {
  const pathname = (req.url ?? "/").split("?")[0];
  if (status < 400 || /[/+]json\b/i.test(contentType)) return null;
  if (pathname.startsWith("/api/auth/") && contentType.startsWith("text/html")) return null;
  const allow = status === 405 ? allowedMethods(pathname) : null;
  const detail =
    status === 404 ? "There is nothing at this address." :
    status === 405 ? `${req.method} is not allowed here${allow ? `; this address takes ${allow.split(", ").filter((m) => m !== "HEAD" && m !== "OPTIONS").join(" and ")}` : ""}.` :
    status >= 500 ? "Something went wrong on the server; nothing more is known here. Try again later." :
    undefined;
  const body = JSON.stringify({ type: "about:blank", title: http.STATUS_CODES[status] ?? "Error", status, ...(detail ? { detail } : {}) });
  return { body, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...(allow ? { Allow: allow } : {}) } };
}

/** Headers Next.js may have set for the body it meant to send. */
const BODY_HEADERS = ["content-type", "content-length", "content-encoding", "transfer-encoding", "etag", "last-modified", "vary", "x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time", "link"];

/**
 * Watches an answer under /api/ and, if it starts as a refusal that is not problem+json, sends
 * the problem instead. Call before the request is handed to Next.js.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function answerApiRefusalsAsProblems(req, res) {
  if (!(req.url ?? "/").startsWith("/api/")) return;
  const { writeHead, write, end } = res;
  /** @type {string | null} */
  let replacement = null;
  /** Decides, once, before anything is sent. @param {number} status @param {string} contentType */
  const decide = (status, contentType) => {
    if (replacement !== null || res.headersSent) return;
    const problem = problemFor(req, status, contentType);
    if (!problem) return;
    replacement = req.method === "HEAD" ? "" : problem.body;
    for (const name of BODY_HEADERS) res.removeHeader(name);
    for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value);
    res.setHeader("Content-Length", String(Buffer.byteLength(problem.body)));
  };
  /** @param {unknown[]} args headers given to writeHead: an object, or a flat list of names and values */
  const typeIn = (args) => {
    const given = args.find((a) => typeof a === "object" && a !== null);
    if (Array.isArray(given)) {
      const flat = given.flat();
      for (let i = 0; i + 1 < flat.length; i += 2) if (String(flat[i]).toLowerCase() === "content-type") return String(flat[i + 1]);
    } else if (given) {
      for (const [name, value] of Object.entries(given)) if (name.toLowerCase() === "content-type") return headerText(value);
    }
    return headerText(res.getHeader("content-type"));
  };
  /** @type {any} */ (res).writeHead = function (/** @type {number} */ status, /** @type {unknown[]} */ ...args) {
    decide(status, typeIn(args));
    return replacement === null ? writeHead.call(res, status, .../** @type {any[]} */ (args)) : writeHead.call(res, status);
  };
  /** @type {any} */ (res).write = function (/** @type {any[]} */ ...args) {
    decide(res.statusCode, headerText(res.getHeader("content-type")));
    if (replacement === null) return write.apply(res, /** @type {any} */ (args));
    const callback = args.find((a) => typeof a === "function");
    if (callback) process.nextTick(callback);
    return true;
  };
  /** @type {any} */ (res).end = function (/** @type {any[]} */ ...args) {
    decide(res.statusCode, headerText(res.getHeader("content-type")));
    if (replacement === null) return end.apply(res, /** @type {any} */ (args));
    const callback = args.find((a) => typeof a === "function");
    return end.call(res, replacement, callback);
  };
}
