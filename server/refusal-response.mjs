// @ts-check
// The server's own answers, for requests it refuses before Next.js: problem+json under /api/ (as
// the API's own errors), elsewhere a small page with the usual headers and a policy that allows
// nothing to run. The connection is closed after it: the body was not read.
import { REFUSAL_PAGE_CSP } from "./security-headers.mjs";

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** @param {string} title @param {string} detail */
function page(title, detail) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Amends</title>
<style>body{font-family:system-ui,sans-serif;color:#0f172a;max-width:36rem;margin:4rem auto;padding:0 1rem;text-align:center}p{color:#475569}a{color:#4338ca}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p><p><a href="/">Back to Amends</a></p></main></body>
</html>
`;
}

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {import("./request-guard.mjs").Refusal & { headers?: Record<string, string> }} refusal
 */
export function sendRefusal(req, res, refusal) {
  const api = (req.url ?? "/").startsWith("/api/");
  const body = api
    ? JSON.stringify({ type: "about:blank", title: refusal.title, status: refusal.status, detail: refusal.detail })
    : page(refusal.title, refusal.detail);
  res.statusCode = refusal.status;
  res.setHeader("Content-Type", api ? "application/problem+json" : "text/html; charset=utf-8");
  if (!api) res.setHeader("Content-Security-Policy", REFUSAL_PAGE_CSP);
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Connection", "close");
  for (const [name, value] of Object.entries(refusal.headers ?? {})) res.setHeader(name, value);
  res.end(req.method === "HEAD" ? undefined : body);
}
