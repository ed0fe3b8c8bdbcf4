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

// A client's name is unique, so a second "Create client" is refused whatever the key does: a
// communication has no such rule, so only the key stands between a resend and a second entry.
test("without script, the same served form sent twice logs one communication", async ({ page, browser }) => {
  await signIn(page, "member@demo.test");
  await page.goto("/setbacks/new");
  await page.getByRole("combobox", { name: "Client", exact: true }).selectOption({ label: "Northwind Logistics" });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(unique("Crate sent twice"));
  await page.getByLabel("Category").selectOption({ label: "Delay" });
  await page.getByLabel("Severity").selectOption("low");
  await page.getByLabel("Fault").selectOption("ours");
  await page.getByRole("button", { name: "Report setback" }).click();
  await expect(page).toHaveURL(/\/setbacks\/SB-\d+$/);
  const setbackUrl = page.url();

  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await context.newPage();
  await plain.goto(setbackUrl);
  await plain.getByText("Log a communication", { exact: true }).click();
  const log = plain.getByRole("form", { name: "Log a communication" });
  const summary = unique("Rang them about the crate");
  await log.getByLabel("Summary").fill(summary);
  await log.getByLabel("Full text").fill("Said sorry; the crate goes out tomorrow.");
  // The form as the browser sends it, kept to be sent again as a resend would.
  const sent = plain.waitForRequest((r) => r.method() === "POST" && r.url().startsWith(setbackUrl));
  await log.getByRole("button", { name: "Log communication" }).click();
  const request = await sent;
  // Without script the answer is the page again, the communication in its list (the form closed).
  await expect(plain.getByRole("region", { name: "Communications" }).getByText(summary, { exact: true })).toHaveCount(1);

  const headers = Object.fromEntries(Object.entries(await request.allHeaders()).filter(([name]) => !name.startsWith(":") && !["content-length", "host", "cookie"].includes(name)));
  const again = await context.request.post(request.url(), { headers, data: request.postDataBuffer()!, maxRedirects: 0 });
  expect(again.status()).toBeLessThan(400);

  await page.goto(setbackUrl);
  await expect(page.getByRole("region", { name: "Communications" }).getByText(summary, { exact: true })).toHaveCount(1);
  await context.close();
});
