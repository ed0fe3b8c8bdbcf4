// Bodies are read up to their limit and no further. A chunked body has no Content-Length, so
// the API must count while it reads; a form's body must say its length.
import fs from "node:fs";
import net from "node:net";
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE, E2E_PORT, E2E_SERVER_PID_FILE } from "./env";

const LIMIT = 100_000;
let token = "";

test.beforeAll(() => {
  token = execFileSync("npx", ["tsx", "scripts/token-create.ts", "--email", "manager@demo.test", "--name", "Bodies"], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE },
    encoding: "utf8",
  }).trim().split("\n").at(-1)!;
});

interface Upload {
  /** What the server answered, as far as it came: the status line and the rest. */
  answer: string;
  /** Bytes of body written before the server answered, stopped us, or we were done. */
  sent: number;
  /** Whether the server ended the connection. */
  closedByServer: boolean;
}

/**
 * POSTs a chunked JSON body to the API over a plain socket, `chunk` bytes at a time, up to
 * `total` bytes; ends the body then only if `end` says so. Resolves once the connection is
 * closed.
 */
function chunkedUpload(total: number, chunk: number, end: boolean): Promise<Upload> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port: E2E_PORT });
    let answer = "";
    let sent = 0;
    let closedByServer = false;
    const piece = Buffer.alloc(chunk, "x");
    const frame = Buffer.concat([Buffer.from(`${chunk.toString(16)}\r\n`), piece, Buffer.from("\r\n")]);
    socket.on("data", (data) => (answer += data.toString("latin1")));
    socket.on("end", () => (closedByServer = true));
    socket.on("error", () => (closedByServer = true)); // reset while we still wrote
    socket.on("close", () => resolve({ answer, sent, closedByServer }));
    socket.on("connect", () => {
      socket.write(`POST /api/v1/clients HTTP/1.1\r\nHost: 127.0.0.1:${E2E_PORT}\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`);
      const more = () => {
        while (sent < total && !socket.destroyed) {
          sent += chunk;
          if (!socket.write(frame)) return void socket.once("drain", more);
        }
        if (end && !socket.destroyed) socket.write("0\r\n\r\n");
      };
      more();
    });
  });
}

test("a chunked API body over the limit is answered 413 before it ends, and the connection is closed", async () => {
  // Just over the limit, and then nothing: the body never ends. A server that read it whole
  // before answering would wait for ever.
  const upload = await chunkedUpload(LIMIT + 10_000, 10_000, false);
  expect(upload.answer).toMatch(/^HTTP\/1\.1 413 /);
  expect(upload.answer).toContain(`At most ${LIMIT} bytes.`);
  expect(upload.answer.toLowerCase()).toContain("connection: close");
  expect(upload.closedByServer).toBe(true);
});

function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;
}

test("four 150 MB chunked bodies at once are cut off, and the server's memory does not grow with them", async ({ request }, testInfo) => {
  const pid = Number(fs.readFileSync(E2E_SERVER_PID_FILE, "utf8"));
  const before = rssMb(pid);
  const uploads = await Promise.all(Array.from({ length: 4 }, () => chunkedUpload(150 * 1024 * 1024, 1024 * 1024, true)));
  const after = rssMb(pid);
  testInfo.annotations.push({ type: "memory", description: `server RSS ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after; body bytes written before the cut: ${uploads.map((u) => u.sent).join(", ")}` });
  console.log(`[request-bodies] server RSS ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after four 150 MB chunked bodies; written before the cut: ${uploads.map((u) => `${(u.sent / 1024 / 1024).toFixed(0)} MB`).join(", ")}`);
  for (const upload of uploads) {
    expect(upload.closedByServer).toBe(true);
    expect(upload.sent).toBeLessThan(150 * 1024 * 1024);
    if (upload.answer) expect(upload.answer).toMatch(/^HTTP\/1\.1 413 /);
  }
  // And it still answers.
  expect((await request.get("/api/v1/clients?limit=1", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(200);
});

test("a form's body must say its length, and one larger than any form takes is refused before it is read", async ({ request }) => {
  const chunked = await new Promise<string>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port: E2E_PORT }, () => socket.write(`POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n`));
    let answer = "";
    socket.on("data", (data) => (answer += data.toString("latin1")));
    socket.on("close", () => resolve(answer));
  });
  expect(chunked).toMatch(/^HTTP\/1\.1 411 /);
  expect(chunked).toContain("Send the body with a Content-Length header.");
  const declared = await new Promise<string>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port: E2E_PORT }, () => socket.write(`POST /settings/import HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: ${12 * 1024 * 1024}\r\n\r\n`));
    let answer = "";
    socket.on("data", (data) => (answer += data.toString("latin1")));
    socket.on("close", () => resolve(answer));
  });
  expect(declared).toMatch(/^HTTP\/1\.1 413 /);
  expect(declared).toContain("At most 11 MB can be sent here at once.");
  expect((await request.get("/login")).status()).toBe(200);
});
