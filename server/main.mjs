// @ts-check
// The production server: `npm start` and every script that starts the built app run this, a thin
// HTTP server in front of Next.js's request handler (Next.js's documented "custom server").
// It exists for what Next.js cannot know or does not do:
// - who the client is: Next.js believes X-Forwarded-For and X-Forwarded-Proto from anyone, so
//   the headers are rewritten from the socket and TRUST_PROXY (server/forwarded-headers.mjs);
// - HSTS over trusted HTTPS, and the security headers on every answer (server/security-headers.mjs);
// - requests Next.js would answer with a 500 or read without bound (server/request-guard.mjs),
//   and those Node.js's parser gives up on (server/client-error.mjs);
// - a Host the installation does not answer under (AMENDS_HOSTS, server/host-check.mjs);
// - refusals under /api/ that Next.js answers itself, made problem+json (server/api-refusals.mjs).
// Plain JavaScript, so `npm start` needs nothing but Node.js and the production dependencies.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readServerConfig } from "./config.mjs";
import { answerApiRefusalsAsProblems } from "./api-refusals.mjs";
import { answerClientError } from "./client-error.mjs";
import { rewriteForwardedHeaders } from "./forwarded-headers.mjs";
import { refusalFor } from "./request-guard.mjs";
import { sendRefusal } from "./refusal-response.mjs";
import { setSecurityHeaders } from "./security-headers.mjs";

const read = readServerConfig(process.argv.slice(2), process.env);
if (!read.ok) {
  console.error(`Amends cannot start: ${read.message}`);
  process.exit(1);
}
const { port, hostname, trustProxy, hosts } = read.config;
// As `next start` does; and a mark that the app runs behind this server (instrumentation-node.ts
// refuses a production start without it, since then the client's address could be forged).
Object.assign(process.env, { NODE_ENV: "production", AMENDS_SERVER: "1" });

const { default: next } = await import("next");
const app = next({ dev: false, dir: path.dirname(path.dirname(fileURLToPath(import.meta.url))), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
let stopping = false;

/**
 * A connection whose request body was not read to its end (a refused upload) is closed after
 * the answer: left open, Node.js would read and discard whatever the client still sends.
 * @param {http.IncomingMessage} req @param {http.ServerResponse} res
 */
function closeWhenBodyUnread(req, res) {
  const writeHead = res.writeHead;
  /** @type {any} */ (res).writeHead = function (/** @type {any[]} */ ...args) {
    if (!req.complete || stopping) res.setHeader("Connection", "close");
    return writeHead.apply(res, /** @type {any} */ (args));
  };
}

// A missing Host is refused by request-guard.mjs with a page, not by Node.js with a bare 400.
// Headers that have not all arrived 20 s after the request began are answered 408 within two
// more (Node.js's defaults, 60 s checked every 30 s, leave a client waiting up to 90 s).
const options = { requireHostHeader: false, headersTimeout: 20_000, connectionsCheckingInterval: 2_000 };
const server = http.createServer(options, (req, res) => {
  const { protocol } = rewriteForwardedHeaders(req.headers, req.socket.remoteAddress, trustProxy);
  setSecurityHeaders(res, protocol);
  closeWhenBodyUnread(req, res);
  const refusal = refusalFor(req, { hosts });
  if (refusal) return sendRefusal(req, res, refusal);
  answerApiRefusalsAsProblems(req, res);
  handle(req, res).catch((error) => {
    console.error(error);
    if (res.headersSent) return res.end();
    sendRefusal(req, res, { status: 500, title: "Something went wrong", detail: "Amends could not answer this request. Try again; if it keeps happening, tell whoever runs Amends." });
  });
});

server.on("clientError", answerClientError);

server.listen(port, hostname, () => {
  const address = server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  const trust = trustProxy.kind === "none" ? "nobody (TRUST_PROXY is not set)" : trustProxy.kind === "hops" ? `${trustProxy.hops} proxy hop(s)` : trustProxy.text;
  const names = hosts ? hosts.map((h) => (h.port ? `${h.name}:${h.port}` : h.name)).join(", ") : "any (AMENDS_HOSTS is not set)";
  console.log(`Amends is listening on http://${hostname ?? "localhost"}:${bound} (X-Forwarded-For believed from: ${trust}; hosts answered: ${names})`);
});

// SIGTERM (a service manager, a container stop): take no new connections, let the requests in
// flight finish, then exit. A connection that stays busy is closed after ten seconds.
for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT"])) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 10_000).unref();
  });
}
