// What the server in front answers itself, through real sockets: a Host that is no host, a URL
// or headers too long, refusals under /api/ that Next.js would send bare. Each gets the usual
// headers, and a page, or problem+json under /api/ that is never cached.
import { expect, test } from "@playwright/test";
import { E2E_PORT } from "./env";
import { signIn } from "./helpers";
import { rawGet, type RawAnswer } from "./raw-http";

const HOST = `Host: localhost:${E2E_PORT}`;

function expectUsual(answer: RawAnswer | Record<string, string>, what: string) {
  const headers = "headers" in answer && typeof answer.headers === "object" ? (answer.headers as Record<string, string>) : (answer as Record<string, string>);
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["referrer-policy"], what).toBe("same-origin");
  expect(headers["cache-control"], what).toBe("no-store");
}

function expectPage(answer: RawAnswer, status: number, heading: string, what: string) {
  expect(answer.status, what).toBe(status);
  expectUsual(answer, what);
  expect(answer.headers["content-type"], what).toBe("text/html; charset=utf-8");
  expect(answer.headers["content-security-policy"], what).toContain("default-src 'none'");
  expect(answer.body, what).toContain(`<h1>${heading}</h1>`);
}

function expectProblem(answer: RawAnswer, status: number, what: string) {
  expect(answer.status, what).toBe(status);
  expectUsual(answer, what);
  expect(answer.headers["content-type"], what).toBe("application/problem+json");
  expect(JSON.parse(answer.body), what).toMatchObject({ status });
}

test("a Host that is no host is a 400 with a page (problem+json under /api/), not a 500", async () => {
  // The outside probe's four, and none at all.
  for (const host of ["[::1", "%FF", "local host", "localhost:99999"]) {
    expectPage(await rawGet(E2E_PORT, "/login", [`Host: ${host}`]), 400, "This request names no site", host);
    expectProblem(await rawGet(E2E_PORT, "/api/health", [`Host: ${host}`]), 400, `${host} under /api/`);
  }
  expectPage(await rawGet(E2E_PORT, "/login", []), 400, "This request names no site", "no Host");
  // A well-formed one is answered as before.
  expect((await rawGet(E2E_PORT, "/login", [HOST])).status).toBe(200);
});

test("a URL too long is a 414 with the usual headers, signed in or not; headers too large a 431", async ({ page }) => {
  await signIn(page, "admin@demo.test");
  const session = (await page.context().cookies()).find((c) => c.name === "authjs.session-token")!;
  const cookie = `Cookie: authjs.session-token=${session.value}`;
  for (const length of [7800, 8300, 12_000, 17_000, 40_000]) {
    const target = `/board?x=${"a".repeat(length)}`;
    for (const [who, headers] of [["anonymous", [HOST]], ["signed in", [HOST, cookie]]] as const) {
      const what = `${length} characters, ${who}`;
      const answer = await rawGet(E2E_PORT, target, [...headers]);
      if (target.length <= 8192) {
        // Under the limit: the page itself, or the way to sign in.
        expect([200, 307], what).toContain(answer.status);
      } else {
        expectPage(answer, 414, "This link is too long", what);
      }
    }
    if (`/api/v1/setbacks?x=${"a".repeat(length)}`.length > 8192) expectProblem(await rawGet(E2E_PORT, `/api/v1/setbacks?x=${"a".repeat(length)}`, [HOST]), 414, `${length} under /api/`);
  }
  // Short URL, 20 kB of cookies: too large headers.
  expectPage(await rawGet(E2E_PORT, "/board", [HOST, `Cookie: x=${"c".repeat(20_000)}`]), 431, "This request is too large", "cookies");
  expectProblem(await rawGet(E2E_PORT, "/api/v1/setbacks", [HOST, `Cookie: x=${"c".repeat(20_000)}`]), 431, "cookies under /api/");
});

test("a method a route under /api/ does not take is a 405 problem naming what it takes in Allow", async ({ request }) => {
  for (const [method, path] of [["DELETE", "/api/v1/setbacks"], ["DELETE", "/api/v1/setbacks/SB-0041"], ["PUT", "/api/health"], ["DELETE", "/api/auth/session"]]) {
    const answer = await request.fetch(path, { method });
    const what = `${method} ${path}`;
    expect(answer.status(), what).toBe(405);
    expectUsual(answer.headers(), what);
    expect(answer.headers()["content-type"], what).toBe("application/problem+json");
    const options = await request.fetch(path, { method: "OPTIONS" });
    expect(answer.headers().allow, what).toBe(options.headers().allow);
    expect(await answer.json(), what).toMatchObject({ status: 405, detail: expect.stringMatching(new RegExp(`^${method} is not allowed here; this address takes `)) });
  }
  // A path no route has: a 404 problem, not the app's HTML page.
  const missing = await request.get("/api/v1/no-such-thing");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toBe("application/problem+json");
  expectUsual(missing.headers(), "404");
});
