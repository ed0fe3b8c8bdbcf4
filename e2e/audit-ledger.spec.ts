import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { E2E_DATABASE } from "./env";
import { shoot, signIn, unique } from "./helpers";

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
  return { reference: (await created.json()).reference as string, title, occurredAt: Date.parse(occurredAt), discoveredAt: Date.parse(discoveredAt), headers };
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
  await expect(row.getByRole("link", { name: `Setback updated: ${reference} · ${newTitle}` })).toBeVisible();
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

const DAY = 86_400_000;
/** An instant as the audit page shows it in `timeZone` ("29 Nov 2026, 10:00 UTC"). */
const shown = (ms: number, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short", timeZone }).format(ms);
const RECORDED = String.raw`\d{1,2} \w{3} \d{4}, \d\d:\d\d \S+`;

test("the trail names an old event by the title it had then, says when a back-dated call happened and when it was recorded, and pages communications", async ({ page }) => {
  await signIn(page, "manager@demo.test");
  const { reference, title, headers } = await setbackThroughTheApi(page);

  // A call two days ago, written down now: the browser's zone is UTC (playwright.config.ts).
  const day = new Date(Date.now() - 2 * DAY).toISOString().slice(0, 10);
  const happened = Date.parse(`${day}T10:00:00Z`);
  await page.goto(`/setbacks/${reference}`);
  await page.getByText("Log a communication", { exact: true }).click();
  const log = page.getByRole("form", { name: "Log a communication" });
  await log.getByLabel("Channel").selectOption({ label: "Phone" });
  await log.getByLabel("When").fill(`${day}T10:00`);
  const call = unique("Rang about the missed hub");
  await log.getByLabel("Summary").fill(call);
  await log.getByRole("button", { name: "Log communication" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Communication logged." })).toBeVisible();

  await page.getByRole("link", { name: "Edit details" }).click();
  const newTitle = unique("Pallet late at the Leeds hub");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(newTitle);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Setback saved" })).toBeVisible();

  await page.getByRole("link", { name: "Audit" }).click();
  const zone = (await page.getByText(/Times in \S+\.$/).textContent())!.match(/Times in (\S+)\.$/)![1];
  const search = page.getByRole("search", { name: "Search the audit trail" });
  await search.getByLabel("Setback").fill(reference);
  await search.getByRole("button", { name: "Search" }).click();
  const events = page.getByRole("table", { name: "Events" });
  await expect(events.getByRole("columnheader", { name: "Recorded" })).toBeVisible();
  // Before the rename, by the title it had then; the rename and after, by the new one.
  const before = `${reference} · ${title} (now “${newTitle}”)`;
  await expect(events.getByRole("link", { name: `Setback reported: ${before}` })).toBeVisible();
  await expect(events.getByRole("link", { name: `Setback updated: ${reference} · ${newTitle}` })).toBeVisible();
  const logged = events.getByRole("row").filter({ has: page.getByRole("link", { name: `Communication logged: ${before}` }) });
  await expect(logged.getByRole("cell").nth(1)).toHaveText(new RegExp(`^happened ${shown(happened, zone)}, recorded ${RECORDED}$`));
  await shoot(page, "audit-events-then");
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: "test-results/audit-events-then-phone-full.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  // The event's own page says the same.
  await logged.getByRole("link", { name: `Communication logged: ${before}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Communication logged: ${before}`);
  await expect(page.getByText(new RegExp(`^happened ${shown(happened, zone)}, recorded ${RECORDED}$`))).toBeVisible();
  await page.goBack();

  // Fifty-one more, through the API: two pages of this setback's communications.
  for (let i = 1; i <= 51; i++) {
    const sent = await page.request.post(`/api/v1/setbacks/${reference}/communications`, { headers, data: { direction: "outbound", channel: "email", occurredAt: new Date().toISOString(), summary: `Update ${i} on ${reference}` } });
    expect(sent.status()).toBe(201);
  }
  await search.getByLabel("Show").selectOption({ label: "Communications" });
  await search.getByRole("button", { name: "Search" }).click();
  const pages = page.getByRole("navigation", { name: "Pages of communications" });
  await expect(pages.getByText("Communications 1–50 of 52")).toBeVisible();
  const entries = page.getByRole("list", { name: "Communications" }).getByRole("listitem");
  await expect(entries).toHaveCount(50);
  await expect(entries.first()).toContainText(`Update 51 on ${reference}`);
  await expect(pages.getByRole("link", { name: "← Previous page" })).toHaveCount(0);
  const next = pages.getByRole("link", { name: "Next page →" });
  await expect(next).toHaveAttribute("rel", "next");
  // The search stays in the URL from page to page.
  await expect(next).toHaveAttribute("href", new RegExp(`show=communications.*setback=${reference}|setback=${reference}.*show=communications`));
  await shoot(page, "audit-communications");
  await next.click();
  await expect(pages.getByText("Communications 51–52 of 52")).toBeVisible();
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText(`Update 1 on ${reference}`);
  await expect(entries.nth(1)).toContainText(call);
  await expect(entries.nth(1).getByText(new RegExp(`^happened ${shown(happened, zone)}, recorded ${RECORDED} · Outbound`))).toBeVisible();
  await shoot(page, "audit-communications-page-2");
  await expect(pages.getByRole("link", { name: "← Previous page" })).toHaveAttribute("rel", "prev");
  await pages.getByRole("link", { name: "← Previous page" }).click();
  await expect(pages.getByText("Communications 1–50 of 52")).toBeVisible();
  await expect(entries.first()).toContainText(`Update 51 on ${reference}`);
});
