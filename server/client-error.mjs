// @ts-check
// Requests Node.js's HTTP parser gives up on before any handler runs. Left to Node.js, each gets
// a bare status line and nothing else (no security headers, no body): headers over Node.js's
// 16 kB (431), a request line it cannot parse (400), headers still not in after the headers
// timeout (408). Here each gets the usual headers and the small page, or problem+json when the
// request line it had read names /api/; a URL that made the headers too large is a 414, as a
// long one the parser took is (server/request-guard.mjs).
import http from "node:http";
import { BASE_HEADERS } from "./security-headers.mjs";
import { refusalBody, refusalHeaders } from "./refusal-response.mjs";
import { URL_MAX_BYTES, URL_TOO_LONG } from "./request-guard.mjs";

/** @typedef {import("./refusal-response.mjs").Refusal} Refusal */

const HEADERS_TOO_LARGE = {
  status: 431,
  title: "This request is too large",
  detail: "Its headers are larger than Amends takes: most often too many or too large cookies. Clear this site's cookies and try again.",
  apiDetail: "The request's headers are larger than 16 kB.",
};
const TOO_SLOW = { status: 408, title: "This request took too long", detail: "It did not arrive in time, so nothing was done. Try again.", apiDetail: "The request did not arrive in time." };
const UNREADABLE = { status: 400, title: "This request could not be read", detail: "It is not a request Amends can read, so nothing was done. Open Amends from its address and try again.", apiDetail: "The request is not valid HTTP." };

/**
 * What to answer, from the error and the bytes the parser had read of the request.
 * @param {{ code?: string, rawPacket?: Buffer }} error
 * @returns {{ refusal: Refusal, api: boolean }}
 */
export function clientErrorRefusal(error) {
  const text = error.rawPacket ? error.rawPacket.toString("latin1") : "";
  const lineEnd = text.indexOf("\r\n");
  const line = lineEnd < 0 ? text : text.slice(0, lineEnd);
  const api = /^[A-Z]+ \/api\//.test(line);
  if (error.code === "HPE_HEADER_OVERFLOW") return { refusal: line.length > URL_MAX_BYTES ? URL_TOO_LONG : HEADERS_TOO_LARGE, api };
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") return { refusal: TOO_SLOW, api };
  return { refusal: UNREADABLE, api };
}

/**
 * The server's "clientError" listener: answers, then closes the connection.
 * @param {Error & { code?: string, rawPacket?: Buffer }} error
 * @param {import("node:stream").Duplex & { _httpMessage?: { headersSent?: boolean } | null }} socket
 */
export function answerClientError(error, socket) {
  // A client that went away, or an answer already under way: nothing more can be said.
  if (error.code === "ECONNRESET" || !socket.writable || socket._httpMessage?.headersSent) {
    socket.destroy();
    return;
  }
  const { refusal, api } = clientErrorRefusal(error);
  const body = refusalBody(refusal, api);
  const headers = [...BASE_HEADERS, ...Object.entries(refusalHeaders(refusal, api)), ["Content-Length", String(Buffer.byteLength(body))], ["Date", new Date().toUTCString()], ["Connection", "close"]];
  const head = `HTTP/1.1 ${refusal.status} ${http.STATUS_CODES[refusal.status]}\r\n${headers.map(([name, value]) => `${name}: ${value}`).join("\r\n")}\r\n\r\n`;
  socket.end(head + body);
}
