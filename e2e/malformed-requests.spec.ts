// Requests Next.js could not read answered 500 in plain text, without the security headers.
// Each now gets a 4xx with the usual headers, a page (with a policy) or, under /api/, problem+json.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIResponse } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

function expectUsualHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("same-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
}

async function expectRefusedPage(response: APIResponse, status: number, heading: RegExp, what: string) {
  expect(response.status(), what).toBe(status);
  expectUsualHeaders(response, what);
  expect(response.headers()["content-type"], what).toContain("text/html");
  expect(response.headers()["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(await response.text(), what).toMatch(heading);
}

// Bad UTF-8 after decoding, a lone %, a cut-off sequence: in a dynamic segment, a static one,
// and a route handler's.
const PAGES = ["/feedback/%FF%FE", "/setbacks/SB-%FF%FE", "/clients/%FF", "/setbacks/SB-0001%E0%A4%A", "/%", "/login/%C0%AF"];
const API = ["/api/v1/setbacks/SB-%FF%FE", "/api/auth/%FF", "/api/v1/clients/%"];

test("a path that is not valid percent-encoding is a 400 with a page, signed in or not", async ({ page, request }) => {
  for (const path of PAGES) await expectRefusedPage(await request.get(path, { maxRedirects: 0 }), 400, /This link is damaged/, path);
  await signIn(page, "admin@demo.test");
  for (const path of PAGES) await expectRefusedPage(await page.request.get(path, { maxRedirects: 0 }), 400, /This link is damaged/, `${path} signed in`);
});

test("under /api/ the same is a 400 in problem+json", async ({ request }) => {
  for (const path of API) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expectUsualHeaders(response, path);
    expect(response.headers()["content-type"], path).toBe("application/problem+json");
    expect(await response.json(), path).toMatchObject({ status: 400, title: "This link is damaged", detail: "The path has a broken %-escape." });
  }
});

/** The id of a server action in this build, as a page that uses it would send it. */
function actionId(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName: string }> };
  const found = Object.entries(manifest.node).find(([, action]) => action.exportedName === name);
  if (!found) throw new Error(`no action ${name} in the build`);
  return found[0];
}

test("a server action's arguments nested 200,000 deep are a 400, not a stack overflow", async ({ request, baseURL }) => {
  const deep = `[${"[".repeat(200_000)}${"]".repeat(200_000)}]`;
  const headers = { "next-action": actionId("signInAction"), origin: baseURL! };
  // As text (how React sends simple arguments), as the first field of a multipart body (how it
  // sends a form's), and as a form posted without JavaScript.
  const asText = await request.post("/login", { headers: { ...headers, "content-type": "text/plain;charset=UTF-8" }, data: deep });
  await expectRefusedPage(asText, 400, /nested too deeply/, "text");
  const asField = await request.post("/login", { headers, multipart: { "0": deep } });
  await expectRefusedPage(asField, 400, /nested too deeply/, "multipart");
  const withoutScript = await request.post("/login", { headers: { origin: baseURL! }, multipart: { $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${actionId("signInAction")}","bound":"$@1"}`, "$ACTION_1:1": deep } });
  await expectRefusedPage(withoutScript, 400, /nested too deeply/, "without JavaScript");
  // A form field of the person's own that merely looks nested is text, and is not refused.
  const ordinary = await request.post("/login", { headers: { origin: baseURL! }, multipart: { $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${actionId("signInAction")}","bound":"$@1"}`, "$ACTION_1:1": "[{}]", email: "[".repeat(100), password: "x" } });
  expect(ordinary.status()).toBe(200);
  const page = await ordinary.text();
  expect(page).toContain("Sign in");
  expect(page).not.toContain("could not be read");
});

test("a server action sent arguments of the wrong shape says the form could not be read, not a 500", async ({ request, baseURL }) => {
  const unreadable = "This form could not be read. Reload the page and try again.";
  const sends: Array<[string, string, Parameters<typeof request.post>[1]]> = [];
  for (const [name, path] of [["signInAction", "/login"], ["submitFeedbackAction", "/feedback/not-a-real-link"]]) {
    const headers = { "next-action": actionId(name), origin: baseURL! };
    // As text, how React sends an action's arguments: none, nulls, a string for the form.
    for (const body of ["[]", "[null,null]", '[{},"x"]']) sends.push([`${name} ${body}`, path, { headers: { ...headers, "content-type": "text/plain;charset=UTF-8" }, data: body }]);
    // As multipart: "$K1" makes a FormData of the "1_" fields, passed where the state belongs.
    sends.push([`${name} multipart $K1`, path, { headers, multipart: { "0": '["$K1"]', "1_email": "a@b.c" } }]);
  }
  for (const [what, path, options] of sends) {
    const answer = await request.post(path, { ...options, maxRedirects: 0 });
    expect(answer.status(), what).toBe(200);
    expectUsualHeaders(answer, what);
    expect(await answer.text(), what).toContain(unreadable);
  }
});

test("Auth.js's routes answer a callbackUrl it cannot read as a same-site one, not with a 500", async ({ request }) => {
  for (const value of ["%0d%0aX:1", "%E2%82%AC", "%FF"]) {
    const signin = await request.get(`/api/auth/signin?callbackUrl=${value}`, { maxRedirects: 0 });
    expect(signin.status(), `signin ${value}`).toBe(302);
    expect(new URL(signin.headers().location, "http://x").pathname, `signin ${value}`).toBe("/login");
    for (const path of ["/api/auth/csrf", "/api/auth/session", "/api/auth/providers"]) expect((await request.get(`${path}?callbackUrl=${value}`)).status(), `${path} ${value}`).toBe(200);
  }
  // Signing in through the callback with such a callbackUrl lands on the board.
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const callback = await request.post("/api/auth/callback/credentials?callbackUrl=%FF", { form: { csrfToken, email: "member@demo.test", password: DEMO_PASSWORD }, maxRedirects: 0 });
  expect(callback.status()).toBe(302);
  expect(new URL(callback.headers().location).pathname).toBe("/");
  expect(callback.headers()["set-cookie"]).toContain("authjs.session-token=");
});

test("a callback-url cookie Auth.js cannot read does not break its routes", async ({ request }) => {
  for (const value of ["%FF", "%E2%82%AC", "javascript:alert(1)"]) {
    const answer = await request.get("/api/auth/session", { headers: { cookie: `authjs.callback-url=${value}` } });
    expect(answer.status(), value).toBe(200);
  }
});

test("Auth.js's own pages carry a policy and are not cached; its refusals are problem+json", async ({ request }) => {
  const signout = await request.get("/api/auth/signout");
  expect(signout.status()).toBe(200);
  expect(signout.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(signout.headers()["cache-control"]).toContain("no-store");
  const unknown = await request.get("/api/auth/no-such-action");
  expect(unknown.status()).toBe(400);
  expect(unknown.headers()["content-type"]).toBe("application/problem+json");
  expect(unknown.headers()["cache-control"]).toContain("no-store");
});
