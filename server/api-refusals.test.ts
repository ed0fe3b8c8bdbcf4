// The rewrite of refusals under /api/, on a real HTTP server whose handlers answer as Next.js
// does: a bare 405 (statusCode and end()), an HTML 404 page written in pieces, a route's own
// problem+json, and an Auth.js page.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerApiRefusalsAsProblems } from "./api-refusals.mjs";
import { allowedMethods } from "./api-methods.mjs";

let server: http.Server;
let base = "";
beforeAll(async () => {
  server = http.createServer((req, res) => {
    answerApiRefusalsAsProblems(req, res);
    const path = (req.url ?? "").split("?")[0];
    if (path === "/api/v1/setbacks" && req.method === "DELETE") {
      res.statusCode = 405;
      return res.end();
    }
    if (path === "/api/v1/problem") {
      res.writeHead(409, { "Content-Type": "application/problem+json" });
      return res.end('{"status":409}');
    }
    if (path === "/api/auth/error") {
      res.writeHead(500, { "content-type": "text/html" });
      return res.end("<p>Auth.js</p>");
    }
    if (path === "/board") {
      res.statusCode = 404;
      return res.end("<p>page</p>");
    }
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Content-Length", "22");
    res.writeHead(404);
    res.write("<html>not ");
    res.end("found</html>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("a refusal under /api/ that Next.js answers itself", () => {
  it("is a 405 problem naming the allowed methods in Allow, as OPTIONS would", async () => {
    const answer = await fetch(`${base}/api/v1/setbacks`, { method: "DELETE" });
    expect(answer.status).toBe(405);
    expect(answer.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(await answer.json()).toEqual({ type: "about:blank", title: "Method Not Allowed", status: 405, detail: "DELETE is not allowed here; this address takes GET and POST." });
  });

  it("is a 404 problem instead of an HTML page, however that page was written", async () => {
    const answer = await fetch(`${base}/api/v1/nothing-here`);
    expect(answer.status).toBe(404);
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    expect(await answer.json()).toEqual({ type: "about:blank", title: "Not Found", status: 404, detail: "There is nothing at this address." });
  });

  it("leaves the routes' own problems, Auth.js's pages and everything outside /api/ alone", async () => {
    expect(await (await fetch(`${base}/api/v1/problem`)).text()).toBe('{"status":409}');
    expect(await (await fetch(`${base}/api/auth/error`)).text()).toBe("<p>Auth.js</p>");
    expect(await (await fetch(`${base}/board`)).text()).toBe("<p>page</p>");
  });
});

describe("the methods a route under /api/ takes", () => {
  it("are its own, with HEAD beside GET and OPTIONS, for static and dynamic segments", () => {
    expect(allowedMethods("/api/v1/setbacks/SB-0041")).toBe("GET, HEAD, OPTIONS, PATCH");
    expect(allowedMethods("/api/v1/setbacks/SB-0041/moves")).toBe("OPTIONS, POST");
    expect(allowedMethods("/api/v1/openapi.json")).toBe("GET, HEAD, OPTIONS");
    expect(allowedMethods("/api/auth/callback/credentials")).toBe("GET, HEAD, OPTIONS, POST");
    expect(allowedMethods("/api/v1/nothing/at/all")).toBeNull();
  });
});
