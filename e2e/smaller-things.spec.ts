// Issue 14, part 7: the smaller things a user hit — waiting wording, amount messages and where
// focus goes after a refusal, a remedy task due in the past, headings in a lesson's Markdown.
// Issue 14's walk after the merge: where focus goes after an action, triage's confirmation, a task
// due before its setback, the favicon. (Deactivating a user is walked in users.spec.ts.)
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { E2E_DATABASE } from "./env";
import { shoot, signIn, unique } from "./helpers";

/** A day `days` before today, as the form's datetime field takes it (the browser runs in UTC). */
const daysAgo = (days: number) => `${new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)}T09:00`;

async function reportSetback(page: Page, title: string, occurredDaysAgo = 0) {
  await page.goto("/setbacks/new");
  if (occurredDaysAgo) {
    await page.getByLabel("Occurred at").fill(daysAgo(occurredDaysAgo));
    await page.getByLabel("Discovered at").fill(daysAgo(occurredDaysAgo));
  }
  await page.getByRole("combobox", { name: "Client", exact: true }).selectOption({ label: "Northwind Logistics" });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Category").selectOption({ label: "Billing error" });
  await page.getByLabel("Severity").selectOption("medium");
  await page.getByLabel("Fault").selectOption("ours");
  await page.getByRole("button", { name: "Report setback" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
}

/** The form behind a disclosure ("Add a remedy task…"), opened; `summary` when it reads otherwise. */
async function openDisclosure(page: Page, form: string, summary = form) {
  const found = page.getByRole("form", { name: form, exact: true });
  if (!(await found.isVisible())) await page.locator("summary").filter({ hasText: summary }).click();
  return found;
}

test("a member's bad amount is answered beside the field, with focus on it; above the threshold it waits for a manager's approval", async ({ page }) => {
  await signIn(page, "member@demo.test");
  await reportSetback(page, unique("Invoice charged twice"));
  const form = await openDisclosure(page, "Propose compensation");
  await form.getByLabel("Kind").selectOption("refund");
  const amount = form.getByLabel("Amount (EUR)");
  await amount.fill("a lot");
  await form.getByRole("button", { name: "Propose" }).click();
  await expect(form.getByText("Enter an amount like 250.00")).toBeVisible();
  await expect(amount).toHaveAccessibleDescription("Enter an amount like 250.00");
  await expect(amount).toBeFocused();

  await amount.fill("800.00");
  await form.getByRole("button", { name: "Propose" }).click();
  // The confirmation is what a screen reader hears next: focus is on it.
  const answer = form.getByRole("status");
  await expect(answer).toContainText("above the €500.00 threshold, so a manager approves it");
  await expect(answer).toBeFocused();
  const panel = page.getByRole("region", { name: "Compensation" });
  await expect(panel.getByText("Waiting for a manager's approval.")).toBeVisible();
  await expect(panel).not.toContainText("other than you");
  await expect(panel).not.toContainText("another manager");
});

test("a remedy task due yesterday is refused, then accepted as recorded after the fact", async ({ page }) => {
  await signIn(page, "member@demo.test");
  const what = unique("Re-send the corrected invoice");
  // It occurred three days ago: a task due yesterday lies after it.
  await reportSetback(page, unique("Wrong invoice sent"), 3);
  const form = await openDisclosure(page, "Add a remedy task");
  // Yesterday in the zone the form sends its dates in.
  const timeZone = await form.locator('input[name="timeZone"]').inputValue();
  const yesterday = new Intl.DateTimeFormat("en-CA", { timeZone }).format(Date.now() - 86_400_000);
  await form.getByLabel("Task").fill(what);
  const due = form.getByLabel("Due date");
  await due.fill(yesterday);
  await form.getByRole("button", { name: "Add task" }).click();
  await expect(form.getByText(/^The due date has passed/)).toBeVisible();
  await expect(due).toBeFocused();
  await expect(due).toHaveValue(yesterday);
  await shoot(page, "remedy-form-refused");

  await form.getByLabel("Recorded after the fact").check();
  await form.getByRole("button", { name: "Add task" }).click();
  await expect(form.getByRole("status")).toHaveText("Task added.");
  const task = page.getByRole("region", { name: "Remedy" }).getByRole("listitem").filter({ hasText: what });
  await expect(task).toContainText("recorded after the fact");
  await expect(task).toContainText("Overdue");
  await task.scrollIntoViewIfNeeded();
  await shoot(page, "remedy-task-recorded");
});

test("a lesson's \"## What we changed\" shows as a heading, and its HTML as nothing", async ({ page }) => {
  await signIn(page, "member@demo.test");
  await reportSetback(page, unique("Invoice in the wrong currency"));
  const form = await openDisclosure(page, "Lesson", "Write the lesson");
  await form.getByLabel("Root-cause category").selectOption({ index: 1 });
  await form.getByRole("textbox", { name: "Root cause", exact: true }).fill("The template kept the old currency");
  await form.getByLabel("Narrative").fill("We sent it in dollars.\n\n## What we changed\n\n- a check before sending <b>bold?</b>\n\n### Who checks\n\nThe sender.");
  await form.getByRole("button", { name: "Save lesson" }).click();
  await expect(form.getByRole("status")).toHaveText("Lesson saved.");
  const panel = page.getByRole("region", { name: "Lesson" });
  // Under the panel's own heading (level 2), the narrative's "##" is the next level down.
  await expect(panel.getByRole("heading", { name: "What we changed", level: 4 })).toBeVisible();
  await expect(panel.getByRole("listitem").filter({ hasText: "a check before sending" })).toBeVisible();
  await expect(panel.locator("b")).toHaveCount(0);
  // The h4 reads stronger than the h5 under it: larger, or as large and bolder.
  const looks = await Promise.all(
    ["What we changed", "Who checks"].map((name) =>
      panel.getByRole("heading", { name }).evaluate((h) => ({ size: parseFloat(getComputedStyle(h).fontSize), weight: Number(getComputedStyle(h).fontWeight) })),
    ),
  );
  await expect(panel.getByRole("heading", { name: "Who checks", level: 5 })).toBeVisible();
  const [h4, h5] = looks;
  expect(h4.size > h5.size ? h4.weight >= h5.weight : h4.size === h5.size && h4.weight > h5.weight, JSON.stringify(looks)).toBe(true);
  await panel.scrollIntoViewIfNeeded();
  await shoot(page, "lesson-heading");
});

test("a task recorded after the fact cannot be due before the setback occurred", async ({ page }) => {
  await signIn(page, "member@demo.test");
  await reportSetback(page, unique("Pallets sent to the old depot"), 2);
  const occurredOn = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(Date.now() - 2 * 86_400_000);
  const form = await openDisclosure(page, "Add a remedy task");
  await form.getByLabel("Task").fill(unique("Collect the pallets"));
  const due = form.getByLabel("Due date");
  await due.fill(daysAgo(5).slice(0, 10));
  await form.getByLabel("Recorded after the fact").check();
  await form.getByRole("button", { name: "Add task" }).click();
  const refusal = `Due date must be on or after the setback occurred (${occurredOn})`;
  await expect(due).toHaveAccessibleDescription(refusal);
  await expect(due).toBeFocused();
  await expect(page.getByRole("region", { name: "Remedy" })).not.toContainText("Collect the pallets");
  // The day it occurred is early enough.
  await due.fill(daysAgo(2).slice(0, 10));
  await form.getByRole("button", { name: "Add task" }).click();
  await expect(form.getByRole("status")).toHaveText("Task added.");
});

test("after Done, focus is on the Remedy heading, not lost to the page", async ({ page }) => {
  await signIn(page, "member@demo.test");
  await reportSetback(page, unique("Labels printed in the wrong language"));
  const what = unique("Reprint the labels");
  const form = await openDisclosure(page, "Add a remedy task");
  await form.getByLabel("Task").fill(what);
  await form.getByRole("button", { name: "Add task" }).click();
  await expect(form.getByRole("status")).toHaveText("Task added.");
  const remedy = page.getByRole("region", { name: "Remedy" });
  await remedy.getByRole("button", { name: `Mark “${what}” done` }).click();
  await expect(remedy.getByRole("button", { name: `Mark “${what}” done` })).toHaveCount(0);
  await expect(remedy.getByRole("heading", { name: "Remedy", level: 2 })).toBeFocused();
});

test("saving triage says what was set where the panel was, with focus on it", async ({ page, browser }) => {
  const [token] = execFileSync("npx", ["tsx", "e2e/make-links.ts", "1"], { env: { ...process.env, DATABASE_URL: E2E_DATABASE }, encoding: "utf8" }).trim().split("\n");
  const visitor = await browser.newContext();
  const client = await visitor.newPage();
  await client.goto(`/feedback/${token}`);
  const firstLine = unique("Two pallets arrived crushed");
  await client.getByLabel("What happened?").fill(firstLine);
  await client.getByRole("button", { name: "Send" }).click();
  const thanks = client.getByRole("status").filter({ hasText: /we have it as SB-\d{4}/ });
  await expect(thanks).toBeVisible();
  const reference = /SB-\d{4}/.exec((await thanks.textContent())!)![0];
  await visitor.close();

  await signIn(page, "member@demo.test");
  await page.goto(`/setbacks/${reference}`);
  const triage = page.getByRole("form", { name: "Triage this report" });
  await triage.getByLabel("Severity").selectOption({ label: "High" });
  await triage.getByLabel("Category").selectOption({ label: "Delay" });
  await triage.getByLabel("Fault").selectOption({ label: "Ours" });
  await triage.getByLabel("Owner").selectOption({ label: "Sam Patel" });
  await triage.getByRole("button", { name: "Save triage" }).click();
  await expect(page.getByRole("region", { name: "Triage this report" })).toHaveCount(0);
  const confirmation = page.getByRole("status").filter({ hasText: /^Triaged:/ });
  await expect(confirmation).toHaveText("Triaged: high severity, Delay, fault ours, owner Sam Patel.");
  await expect(confirmation).toBeFocused();
  await shoot(page, "setback-after-triage");
});

test("the browser's icon is there: /favicon.ico is an icon, and pages link it", async ({ page, request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  await page.goto("/login");
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /favicon\.ico/);
});
