// A form sent before its script has loaded, or without script, still carries its one-time key
// (app/_components/submission-key.tsx), so a double click or a resend writes one record.
import { expect, test } from "@playwright/test";
import { signIn, unique } from "./helpers";

const KEY = /name="submissionKey"[^>]*value="([0-9a-f]{32})"|value="([0-9a-f]{32})"[^>]*name="submissionKey"/;

test("the server renders each form with its own one-time key", async ({ page }) => {
  await signIn(page, "manager@demo.test");
  const keyOf = async () => {
    const answer = await page.request.get("/clients/new");
    expect(new URL(answer.url()).pathname).toBe("/clients/new");
    const html = await answer.text();
    const match = html.match(KEY);
    expect(match, "a submissionKey field with a 32-hex-digit key in the served HTML").not.toBeNull();
    return match![1] ?? match![2];
  };
  const first = await keyOf();
  expect(await keyOf()).not.toBe(first);
});

test("without script, a double click on a form creates one record", async ({ page, browser }) => {
  await signIn(page, "manager@demo.test");
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await context.newPage();
  await plain.goto("/clients/new");
  const name = unique("No-script client");
  await plain.getByLabel("Name").fill(name);
  await plain.getByRole("button", { name: /create client/i }).dblclick();
  await plain.waitForLoadState("load");
  await page.goto(`/clients?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("link", { name })).toHaveCount(1);
  await context.close();
});
