import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { answerClientError, clientErrorRefusal } from "./client-error.mjs";

const overflow = (raw: string) => Object.assign(new Error("Header overflow"), { code: "HPE_HEADER_OVERFLOW", rawPacket: Buffer.from(raw, "latin1") });

/** What the listener writes to a connection, as text. */
function answerTo(error: Error & { code?: string; rawPacket?: Buffer }): string {
  const socket = new PassThrough();
  const chunks: Buffer[] = [];
  socket.on("data", (chunk: Buffer) => chunks.push(chunk));
  answerClientError(error, socket);
  return Buffer.concat(chunks).toString("utf8");
}

describe("what Node.js's parser gives up on", () => {
  it("is a 414 when the URL made the headers too large, else a 431; problem+json under /api/", () => {
    expect(clientErrorRefusal(overflow(`GET /board?x=${"a".repeat(17000)}`))).toMatchObject({ refusal: { status: 414 }, api: false });
    expect(clientErrorRefusal(overflow(`GET /api/v1/setbacks?x=${"a".repeat(17000)}`))).toMatchObject({ refusal: { status: 414 }, api: true });
    expect(clientErrorRefusal(overflow(`GET /board HTTP/1.1\r\nCookie: ${"c".repeat(17000)}`))).toMatchObject({ refusal: { status: 431 }, api: false });
    expect(clientErrorRefusal(overflow(`POST /api/auth/csrf HTTP/1.1\r\nX: ${"c".repeat(17000)}`))).toMatchObject({ refusal: { status: 431 }, api: true });
  });

  it("is answered with the usual headers and a body, and the connection closed", () => {
    const page = answerTo(overflow(`GET /board HTTP/1.1\r\nCookie: ${"c".repeat(17000)}`));
    const [head, body] = page.split("\r\n\r\n");
    expect(head.split("\r\n")[0]).toBe("HTTP/1.1 431 Request Header Fields Too Large");
    for (const header of ["X-Content-Type-Options: nosniff", "Referrer-Policy: same-origin", "X-Frame-Options: DENY", "Cache-Control: no-store", "Connection: close", "Content-Type: text/html; charset=utf-8", `Content-Length: ${Buffer.byteLength(body)}`]) {
      expect(head.split("\r\n"), header).toContain(header);
    }
    expect(head).toMatch(/\r\nContent-Security-Policy: default-src 'none';/);
    expect(body).toContain("<h1>This request is too large</h1>");

    const api = answerTo(overflow(`GET /api/v1/setbacks?x=${"a".repeat(17000)}`));
    expect(api.split("\r\n")[0]).toBe("HTTP/1.1 414 URI Too Long");
    expect(api).toContain("\r\nContent-Type: application/problem+json\r\n");
    expect(JSON.parse(api.split("\r\n\r\n")[1])).toEqual({ type: "about:blank", title: "This link is too long", status: 414, detail: "At most 8192 bytes of path and query." });
  });

  it("is a 408 when the headers did not arrive in time, and a 400 when they are not HTTP", () => {
    expect(answerTo(Object.assign(new Error("timeout"), { code: "ERR_HTTP_REQUEST_TIMEOUT" })).split("\r\n")[0]).toBe("HTTP/1.1 408 Request Timeout");
    expect(answerTo(Object.assign(new Error("bad"), { code: "HPE_INVALID_METHOD", rawPacket: Buffer.from("\x16\x03\x01") })).split("\r\n")[0]).toBe("HTTP/1.1 400 Bad Request");
  });

  it("says nothing to a client that went away", () => {
    expect(answerTo(Object.assign(new Error("reset"), { code: "ECONNRESET" }))).toBe("");
  });
});
