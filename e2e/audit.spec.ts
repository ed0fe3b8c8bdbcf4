import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("an auditor verifies the chain, opens an event, and exports a client's trail", async ({ page }) => {
  await signIn(page, "manager@demo.test");
  await page.getByRole("link", { name: "Audit" }).click();
  await page.getByRole("button", { name: "Verify the chain" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^ok: \d+ events$/ })).toBeVisible();

  const search = page.getByRole("search", { name: "Search the audit trail" });
  await search.getByLabel("Kind of event").selectOption("client.created");
  await search.getByRole("button", { name: "Search" }).click();
  const first = page.getByRole("table", { name: "Events" }).getByRole("row").nth(1);
  await expect(first).toContainText("Client created");
  await first.getByRole("link", { name: "Client created" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Client created");
  await expect(page.getByText("Hash (previous → this)")).toBeVisible();

  await page.goto("/clients");
  await page.getByRole("link", { name: "Northwind Logistics" }).click();
  const csvHref = await page.getByRole("link", { name: "Export the trail (CSV)" }).getAttribute("href");
  const csv = await page.request.get(csvHref!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.split("\r\n")[0]).toBe("communication_id,setback,setback_title,occurred_at,direction,channel,contact,author,summary,full_text,promise,promise_due_at,promise_status,promise_kept_at,reaction,corrects_id");
  const json = await (await page.request.get(csvHref!.replace("format=csv", "format=json"))).json();
  expect(json.client.name).toBe("Northwind Logistics");
  expect(json.communications.length).toBeGreaterThan(0);
  // The same communications, in the same order, in both exports.
  const ids = [...text.matchAll(/\r\n(\d+),SB-\d{4}/g)].map((m) => Number(m[1]));
  expect(ids).toEqual(json.communications.map((c: { id: number }) => c.id));
});

test("a member is refused the audit trail and its exports", async ({ page }) => {
  await signIn(page, "member@demo.test");
  expect((await page.goto("/audit"))?.status()).toBe(403);
  expect((await page.request.get("/clients/1/trail?format=csv")).status()).toBe(403);
});
