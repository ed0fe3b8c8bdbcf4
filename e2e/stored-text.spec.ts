import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE } from "./env";
import { signIn, unique } from "./helpers";

// Markup a person could type into any text field. Stored as text, it must show as text.
const PAYLOAD = `<img src=x onerror="window.__xss=(window.__xss||0)+1"><script>window.__xss=1</script>`;

test("markup typed into every text field is shown as text, and nothing in it runs", async ({ page, request }) => {
  test.setTimeout(90_000);
  const token = execFileSync("npx", ["tsx", "scripts/token-create.ts", "--email", "manager@demo.test", "--name", "Stored text"], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE },
    encoding: "utf8",
  }).trim().split("\n").at(-1)!;
  const headers = { authorization: `Bearer ${token}` };
  const marker = unique("Hostile");
  const client = await request.post("/api/v1/clients", { headers, data: { name: `${marker} ${PAYLOAD}`, notes: PAYLOAD } });
  expect(client.status()).toBe(201);
  const { id: clientId } = await client.json();
  const now = new Date().toISOString();
  const setback = await request.post("/api/v1/setbacks", {
    headers,
    data: { clientId, title: `${marker} ${PAYLOAD}`, description: PAYLOAD, impact: PAYLOAD, clientRequest: PAYLOAD, category: "delay", severity: "high", fault: "ours", source: "internal", occurredAt: now, discoveredAt: now },
  });
  expect(setback.status()).toBe(201);
  const { reference } = await setback.json();
  const communication = await request.post(`/api/v1/setbacks/${reference}/communications`, {
    headers,
    data: { direction: "outbound", channel: "email", occurredAt: now, summary: PAYLOAD, body: PAYLOAD, promise: PAYLOAD },
  });
  expect(communication.status()).toBe(201);
  // The fields only the forms take (a remedy task, the lesson's Markdown, a preventive action, a
  // contact, a compensation, a user, an API token, a client link), and a client's own message.
  const fromClient = execFileSync("npx", ["tsx", "e2e/store-hostile.ts", reference, PAYLOAD], { env: { ...process.env, DATABASE_URL: E2E_DATABASE }, encoding: "utf8" }).trim().split("\n").at(-1)!;

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page, "manager@demo.test");
  const pages = [`/setbacks/${reference}`, `/setbacks/${reference}?edit=1`, `/setbacks/${fromClient}`, "/board", `/setbacks?q=${encodeURIComponent(marker)}`, `/clients/${clientId}`, "/clients", `/audit?clientId=${clientId}`, "/audit?show=communications", "/settings/tokens"];
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
    await expect(page.locator("img[src=x]"), path).toHaveCount(0);
  }
  await page.goto(`/setbacks/${reference}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${marker} <img src=x onerror=`);
  await expect(page.getByText(PAYLOAD, { exact: true }).first()).toBeVisible();
  // The lesson's Markdown is rendered, its raw HTML is not.
  await expect(page.getByRole("region", { name: "Lesson" }).locator("strong", { hasText: "Bold" })).toBeVisible();
  await page.goto(`/clients/${clientId}`);
  await expect(page.getByText(`Contact ${PAYLOAD}`, { exact: true })).toBeVisible();
  await page.goto(`/setbacks/${fromClient}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Client says <img src=x onerror=`);

  // The users page is the admin's.
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, "admin@demo.test");
  await page.goto("/settings/users");
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("cell", { name: `User ${PAYLOAD}`, exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator("img[src=x]")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
