import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { E2E_DATABASE } from "./env";
import { signIn, unique } from "./helpers";

// Stored to the millisecond (as the API keeps them) and a description of two lines: the two
// things the edit form used to send back changed although nobody touched them.
async function setbackThroughTheApi(page: Page) {
  await page.getByRole("link", { name: "API tokens" }).click();
  const form = page.getByRole("form", { name: "Create a token" });
  await form.getByLabel("Token name").fill(unique("Ledger check"));
  await form.getByRole("button", { name: "Create token" }).click();
  const token = (await form.getByRole("status").textContent())!.match(/amends_[A-Za-z0-9_-]{43}/)![0];
  const headers = { authorization: `Bearer ${token}` };
  const clients = await (await page.request.get("/api/v1/clients", { headers })).json();
  const northwind = clients.data.find((c: { name: string }) => c.name === "Northwind Logistics");
  const occurredAt = new Date(Date.now() - 5 * 3_600_000 - 12_345).toISOString();
  const discoveredAt = new Date(Date.now() - 3 * 3_600_000 - 30_378).toISOString();
  const title = unique("Pallet missed the hub");
  const created = await page.request.post("/api/v1/setbacks", {
    headers,
    data: { clientId: northwind.id, title, description: "The pallet left on time.\nIt missed the regional cut-off.", category: "delay", severity: "medium", fault: "ours", source: "internal", occurredAt, discoveredAt },
  });
  expect(created.status()).toBe(201);
  return { reference: (await created.json()).reference as string, title, occurredAt: Date.parse(occurredAt), discoveredAt: Date.parse(discoveredAt) };
}

test("a manager edits only a setback's title and severity, and the audit trail reads exactly those two changes in words, a page at a time", async ({ page }) => {
  await signIn(page, "manager@demo.test");
  const { reference, title, occurredAt, discoveredAt } = await setbackThroughTheApi(page);

  await page.goto(`/setbacks/${reference}`);
  await page.getByRole("link", { name: "Edit details" }).click();
  const newTitle = unique("Pallet missed the regional hub");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(newTitle);
  await page.getByLabel("Severity").selectOption({ label: "High" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Setback saved" })).toBeVisible();
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByText("Edited severity, title")).toBeVisible();

  // The untouched dates keep their milliseconds, the description its line break.
  const file = new Database(E2E_DATABASE, { readonly: true });
  const stored = file.prepare("select occurred_at as o, discovered_at as d, description from setbacks where number = ?").get(Number(reference.slice(3))) as { o: number; d: number; description: string };
  file.close();
  expect(stored).toEqual({ o: occurredAt, d: discoveredAt, description: "The pallet left on time.\nIt missed the regional cut-off." });

  await page.getByRole("link", { name: "Audit" }).click();
  const search = page.getByRole("search", { name: "Search the audit trail" });
  await search.getByLabel("Kind of event").selectOption({ label: "Setback updated" });
  await search.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("table", { name: "Events" }).getByRole("row").filter({ hasText: newTitle });
  await expect(row.getByRole("link", { name: `Setback updated: ${reference} ${newTitle}` })).toBeVisible();
  const changes = row.getByRole("list", { name: /^Changes in event \d+$/ }).getByRole("listitem");
  await expect(changes).toHaveText([`Severity: Medium → High`, `Title: ${title} → ${newTitle}`]);
  await expect(row.getByRole("cell").nth(1)).toHaveText(/^\d{1,2} \w{3} \d{4}, \d\d:\d\d (GMT|UTC|BST|CET|CEST)$/);
  await row.getByRole("link", { name: reference, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/setbacks/${reference}$`));

  // Every event, fifty at a time: the demo data alone has several hundred.
  await page.goto("/audit");
  const pages = page.getByRole("navigation", { name: "Pages of events" });
  const place = pages.getByText(/^Events \d+–\d+ of \d+$/);
  await expect(place).toHaveText(/^Events 1–50 of \d+$/);
  const total = Number((await place.textContent())!.match(/of (\d+)$/)![1]);
  expect(total).toBeGreaterThan(100);
  await expect(pages.getByRole("link", { name: "← Previous page" })).toHaveCount(0);
  const firstOnPage1 = await page.getByRole("table", { name: "Events" }).getByRole("row").nth(1).getByRole("cell").first().textContent();
  await expect(pages.getByRole("link", { name: "Next page →" })).toHaveAttribute("rel", "next");
  await pages.getByRole("link", { name: "Next page →" }).click();
  await expect(place).toHaveText(`Events 51–100 of ${total}`);
  await expect(page.getByRole("table", { name: "Events" }).getByRole("row")).toHaveCount(51);
  await expect(pages.getByRole("link", { name: "← Previous page" })).toHaveAttribute("rel", "prev");
  await pages.getByRole("link", { name: "← Previous page" }).click();
  await expect(place).toHaveText(`Events 1–50 of ${total}`);
  await expect(page.getByRole("table", { name: "Events" }).getByRole("row").nth(1).getByRole("cell").first()).toHaveText(firstOnPage1!);

  // The kind filter speaks in labels.
  await expect(search.getByLabel("Kind of event").getByRole("option", { name: "Follow-up updated" })).toHaveAttribute("value", "follow_up.updated");
  await expect(search.getByLabel("Kind of event").getByRole("option", { name: "follow_up.updated" })).toHaveCount(0);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "test-results/audit-desktop.png", fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/audit-phone.png", fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });

  // A period that ends before it starts says so beside From, and shows no events.
  await search.getByLabel("From").fill("2026-11-20");
  await search.getByLabel("To").fill("2026-11-10");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(search.getByLabel("From")).toHaveAccessibleDescription("From must be on or before To");
  await expect(page.getByText("Nothing to show: the period ends before it starts.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Events" })).toHaveCount(0);
  await page.screenshot({ path: "test-results/audit-from-after-to.png" });
});
