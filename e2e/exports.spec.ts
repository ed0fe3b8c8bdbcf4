import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import { ROUTE_HANDLERS } from "../lib/auth/entry-points";
import { E2E_DATABASE } from "./env";
import { signIn, unique } from "./helpers";

// Exports and API answers over real HTTP, as the built server sends them.

test("every export and API endpoint answers Cache-Control: no-store, signed in or not", async ({ page, request }) => {
  const token = execFileSync("npx", ["tsx", "scripts/token-create.ts", "--email", "manager@demo.test", "--name", "No-store"], { env: { ...process.env, DATABASE_URL: E2E_DATABASE }, encoding: "utf8" })
    .trim().split("\n").at(-1)!;
  await signIn(page, "manager@demo.test");
  // The same list the integration test reads; entry-points.test.ts keeps it equal to app/.
  const routes = Object.keys(ROUTE_HANDLERS).filter((key) => /^\w+ (\(app\)\/|api\/v1\/)/.test(key));
  expect(routes.length).toBeGreaterThanOrEqual(12);
  for (const key of routes) {
    const [method, file] = key.split(" ");
    const path = `/${file.replace(/^\(app\)\//, "").replace(/\/route\.ts$/, "").replace("[id]", "1").replace("[ref]", "SB-0001")}${file.includes("reports/export") ? "?table=response-times" : ""}`;
    const api = file.startsWith("api/v1/");
    const signedIn = api ? request.fetch(path, { method, headers: { authorization: `Bearer ${token}` }, data: method === "GET" ? undefined : {} }) : page.request.fetch(path, { method, maxRedirects: 0 });
    const anonymous = request.fetch(path, { method, data: method === "GET" ? undefined : {}, maxRedirects: 0 });
    // The route's own answer, not the page a redirect leads to (opening a notice answers 303 to its page).
    for (const [who, answer] of [["signed in", await signedIn], ["anonymous", await anonymous]] as const) {
      // A page route answers an anonymous visitor with the sign-in redirect (proxy.ts); the exports themselves never get that far.
      if (answer.status() === 307) continue;
      expect(answer.headers()["cache-control"], `${key} ${who} (${answer.status()})`).toBe("no-store");
    }
    expect((await signedIn).status(), key).toBeLessThan(500);
  }
});

test("a client's message with markup comes out of the retrospective's Markdown as text", async ({ page, browser }) => {
  const message = `${unique("Order late")} <script>alert('fb1')</script><img src=x onerror=alert(2)>`;
  await signIn(page, "manager@demo.test");
  await page.goto("/clients/1");
  await page.getByLabel("Link label").fill("Markdown check");
  await page.getByRole("button", { name: "Create link" }).click();
  const link = (await page.getByRole("status").filter({ hasText: "Link created" }).textContent())!.match(/\/feedback\/\S+/)![0];
  const client = await browser.newContext();
  try {
    const visitor = await client.newPage();
    await visitor.goto(link);
    await visitor.getByLabel("What happened?").fill(message);
    await visitor.getByRole("button", { name: "Send" }).click();
    await expect(visitor.getByText(/Thank you — we have it as SB-\d{4}/)).toBeVisible();
  } finally {
    await client.close();
  }

  await page.goto("/retrospectives?period=30");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Markdown" }).click();
  const md = fs.readFileSync((await (await downloading).path())!, "utf8");
  expect(md).not.toMatch(/<(script|img)\b/i);
  const found: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === "html") found.push(node.value ?? "");
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  const tree = fromMarkdown(md);
  walk(tree);
  expect(found).toEqual([]);
  // Read as a Markdown viewer shows it: the message as the client typed it.
  expect(toString(tree)).toContain(message);
});
