import { expect, test, type Page } from "@playwright/test";
import { signIn, unique } from "./helpers";

const HOUR = 3_600_000;
const local = (ms: number) => new Date(ms).toISOString().slice(0, 16);

async function newClient(page: Page, name: string) {
  await page.goto("/clients/new");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function report(page: Page, client: string, title: string, severity: string, hoursAgo: number) {
  await page.goto("/setbacks/new");
  await page.getByRole("combobox", { name: "Client", exact: true }).selectOption({ label: client });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Category").selectOption({ label: "Delay" });
  await page.getByLabel("Severity").selectOption(severity);
  await page.getByLabel("Fault").selectOption("ours");
  const at = local(Date.now() - hoursAgo * HOUR);
  await page.getByLabel("Occurred at").fill(at);
  await page.getByLabel("Discovered at").fill(at);
  await page.getByRole("button", { name: "Report setback" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  return (await page.getByRole("heading", { level: 1 }).textContent())!.match(/SB-\d{4,}/)![0];
}

test("the manager filters the board to breached high-severity setbacks and sees exactly those", async ({ page }) => {
  await signIn(page, "manager@demo.test");
  const client = unique("Harbourside Dental");
  await newClient(page, client);
  const late = await report(page, client, "Crowns delivered to the wrong clinic", "high", 10); // 8 h target: breached
  await report(page, client, "Invoice missing the PO number", "high", 1); // 7 h left
  await report(page, client, "Brochure typo", "medium", 30); // breached, but medium

  await page.goto("/board");
  const filters = page.getByRole("search", { name: "Filter the board" });
  await filters.getByText("More filters").click();
  await filters.getByLabel("Client").selectOption({ label: client });
  await filters.getByLabel("Severity").selectOption("high");
  await filters.getByLabel("Breached only").check();
  await filters.getByRole("button", { name: "Filter" }).click();

  await expect(page).toHaveURL(/breached=1/);
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toHaveAccessibleName(new RegExp(`^${late} Crowns delivered to the wrong clinic$`));
  // A back-dated setback shows its notify clock breached: 10 h after discovery, 8 h allowed.
  await expect(cards.first()).toContainText(/Breached · Notify: 2 h( \d+ min)? overdue/);
  await expect(page.getByRole("region", { name: /Discovered/ })).toContainText("1 breached");

  // The view lives in the URL: reloading it shows the same cards.
  await page.reload();
  await expect(page.getByRole("article")).toHaveCount(1);
});

test("a discovered card leads to logging the first notification, then moves on from the board", async ({ page }) => {
  await signIn(page, "member@demo.test");
  const title = unique("Parcel left at the wrong depot");
  const ref = await report(page, "Tidewater Foods", title, "low", 1);
  await page.goto(`/board?q=${ref}`);
  const card = page.getByRole("article", { name: `${ref} ${title}` });
  await expect(card).toContainText(/Notify: 2 d 2[23] h left/);
  // The move its guard would refuse is not offered; what satisfies the guard is.
  await expect(card.getByRole("button", { name: `Move ${ref} to Notified` })).toHaveCount(0);
  await card.getByRole("link", { name: `Log the first notification for ${ref}` }).click();
  const log = page.getByRole("form", { name: "Log a communication" });
  await expect(log).toBeVisible();
  // Written by hand, as sent: the journey is the card's link, not the draft.
  await log.getByLabel("Summary").fill("Told them the parcel went to the wrong depot");
  await log.getByLabel("Full text").fill("We are sorry: your parcel went to the wrong depot. It reaches you tomorrow.");
  await log.getByRole("button", { name: "Log communication" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Communication logged." })).toBeVisible();

  await page.goto(`/board?q=${ref}`);
  await card.getByRole("button", { name: `Move ${ref} to Notified` }).click();
  await expect(page.getByRole("region", { name: /Notified/ }).getByRole("article", { name: `${ref} ${title}` })).toBeVisible();
  await expect(page.getByRole("region", { name: /Notified/ }).getByRole("article", { name: `${ref} ${title}` }).getByRole("button", { name: `Move ${ref} to Remedying` })).toBeVisible();
});

test("a client's link: a submission lands on the board, and once revoked the link is not found", async ({ page, browser }) => {
  await signIn(page, "manager@demo.test");
  await page.goto("/clients");
  await page.getByRole("link", { name: "Crescent Hotels" }).click();
  const form = page.getByRole("form", { name: "Create a client link" });
  await form.getByLabel("Link label").fill(unique("Front desk"));
  await form.getByRole("button", { name: "Create link" }).click();
  const message = await form.getByRole("status").textContent();
  const url = message!.match(/https?:\/\/\S+\/feedback\/[A-Za-z0-9_-]{43}/)![0];

  const visitor = await browser.newContext();
  const client = await visitor.newPage();
  await client.goto(url);
  await expect(client.getByRole("heading", { name: "Is anything not working for you?" })).toBeVisible();
  const what = unique("The booking page rejects our card");
  await client.getByLabel("What happened?").fill(what);
  await client.getByLabel("How does it affect you?").fill("Guests cannot pay online.");
  await client.getByRole("button", { name: "Send" }).click();
  await expect(client.getByRole("status").filter({ hasText: /Thank you — we have it as SB-\d{4}/ })).toBeVisible();

  await page.goto(`/board?q=${encodeURIComponent(what)}`);
  const card = page.getByRole("article", { name: new RegExp(what) });
  await expect(card).toContainText("Crescent Hotels");
  await expect(page.getByRole("region", { name: /Discovered/ })).toContainText(what);

  await page.goto("/clients");
  await page.getByRole("link", { name: "Crescent Hotels" }).click();
  await page.getByRole("button", { name: /^Revoke link Front desk/ }).first().click();
  await page.getByRole("dialog", { name: /^Revoke the link “Front desk/ }).getByRole("button", { name: "Revoke link" }).click();
  await expect(page.getByText(/revoked/).first()).toBeVisible();
  const response = await client.goto(url);
  expect(response?.status()).toBe(404);
  await expect(client.getByRole("heading", { name: "Not found" })).toBeVisible();
  await visitor.close();
});
