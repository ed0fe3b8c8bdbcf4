import Database from "better-sqlite3";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { E2E_DATABASE } from "./env";
import { startOwnServer, type OwnServer } from "./own-server";
import { requestFrom, someLoopbackAddress } from "./http-from";
import { unusedEmail } from "./helpers";

function failures(email: string): number {
  const db = new Database(E2E_DATABASE, { readonly: true });
  try {
    return (db.prepare("select failures from sign_in_failures where key = ?").get(`account:${email}`) as { failures: number } | undefined)?.failures ?? 0;
  } finally {
    db.close();
  }
}

/** The sign-in form as a browser without JavaScript would post it: its hidden action fields. */
async function signInForm(request: APIRequestContext) {
  const page = await (await request.get("/login")).text();
  const fields: Record<string, string> = {};
  for (const [, name, value = ""] of page.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)) {
    fields[name] = value.replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  }
  expect(Object.keys(fields).length).toBeGreaterThan(0);
  const actionId = (JSON.parse(Object.entries(fields).find(([name]) => name.endsWith(":0"))![1]) as { id: string }).id;
  return { fields, actionId };
}

/** A refusal of a cross-site post: a 403 page with the usual security headers, and no failure counted. */
async function expectRefused(answer: APIResponse) {
  expect(answer.status()).toBe(403);
  expect(answer.headers()["content-type"]).toContain("text/html");
  expect(answer.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(answer.headers()["x-content-type-options"]).toBe("nosniff");
  expect(answer.headers()["x-frame-options"]).toBe("DENY");
  expect(await answer.text()).toContain("This form was sent from another site");
}

test("a server action posted from another site is refused with a 403 before it runs", async ({ request, baseURL }) => {
  const { fields, actionId } = await signInForm(request);
  const email = unusedEmail("cross-site");
  const form = { ...fields, email, password: "wrong-password" };
  const post = (headers: Record<string, string>) => request.post("/login", { headers, multipart: form });

  const before = failures(email);
  await expectRefused(await post({ origin: "https://evil.example" }));
  // A sandboxed frame or a file sends "null"; an Origin that is no URL at all once threw.
  await expectRefused(await post({ origin: "null" }));
  await expectRefused(await post({ origin: "not a url" }));
  // The same action called as the page's JavaScript calls it (Next-Action header).
  await expectRefused(await request.post("/login", { headers: { origin: "https://evil.example", "next-action": actionId }, multipart: form }));
  // A forwarded host from anyone but a trusted proxy is dropped by the server in front: it
  // neither refuses the app's own origin nor lets a foreign one in.
  await expectRefused(await post({ origin: "https://amends.example", "x-forwarded-host": "amends.example" }));
  expect(failures(email)).toBe(before);

  // The same request from the app's own origin runs: the refusals above were the origin's doing.
  const own = await post({ origin: new URL(baseURL!).origin, "x-forwarded-host": "amends.example" });
  expect(own.status()).toBe(200);
  expect(failures(email)).toBe(before + 1);
});

test.describe("behind a trusted proxy", () => {
  let server: OwnServer;
  test.beforeAll(async () => {
    server = await startOwnServer({ TRUST_PROXY: "1" });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("the host that counts is the forwarded one, as for Next.js's own check", async ({ playwright }) => {
    const request = await playwright.request.newContext({ baseURL: server.base });
    const { fields } = await signInForm(request);
    const email = unusedEmail("cross-site");
    const post = (headers: Record<string, string>) => request.post("/login", { headers, multipart: { ...fields, email, password: "wrong-password" } });
    const before = failures(email);
    await expectRefused(await post({ origin: server.base, "x-forwarded-host": "amends.example" }));
    expect(failures(email)).toBe(before);
    const proxied = await post({ origin: "https://amends.example", "x-forwarded-host": "amends.example" });
    expect(proxied.status()).toBe(200);
    expect(failures(email)).toBe(before + 1);
    await request.dispose();
  });
});

test.describe("with AMENDS_HOSTS", () => {
  let server: OwnServer;
  test.beforeAll(async () => {
    server = await startOwnServer({ AMENDS_HOSTS: "127.0.0.1" });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  /** The sign-in form posted without JavaScript under `host`, its Origin agreeing (DNS rebinding). */
  async function postUnder(base: string, host: string, fields: Record<string, string>) {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    const encoded = new Response(form);
    const body = Buffer.from(await encoded.arrayBuffer());
    return requestFrom(someLoopbackAddress(), `${base}/login`, {
      method: "POST",
      headers: { host, origin: `http://${host}`, "content-type": encoded.headers.get("content-type")!, "content-length": String(body.length) },
      body,
    });
  }

  test("a page or action under a host it does not name is refused with 421 before it runs", async ({ request, baseURL }) => {
    const { fields } = await signInForm(request);
    const email = unusedEmail("rebinding");
    const before = failures(email);
    const refused = await postUnder(server.base, "evil.example", { ...fields, email, password: "wrong-password" });
    expect(refused.status).toBe(421);
    expect(refused.headers["x-frame-options"]).toBe("DENY");
    expect(refused.body).toContain("Amends does not answer under this name");
    expect(failures(email)).toBe(before);
    expect((await requestFrom(someLoopbackAddress(), `${server.base}/login`, { headers: { host: "evil.example" } })).status).toBe(421);
    // Under its own name it answers.
    expect((await requestFrom(someLoopbackAddress(), `${server.base}/login`)).status).toBe(200);
    // Unset (the main server, as by default), the same post runs: the README says when to set it.
    const allowed = await postUnder(new URL(baseURL!).origin, "evil.example", { ...fields, email, password: "wrong-password" });
    expect(allowed.status).toBe(200);
    expect(failures(email)).toBe(before + 1);
  });
});
