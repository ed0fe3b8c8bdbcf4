// Issue 14, part 7: the smaller things a user hit — waiting wording, amount messages and where
// focus goes after a refusal, a remedy task due in the past, headings in a lesson's Markdown.
// (Deactivating a user through its confirmation is walked in users.spec.ts.)
import { expect, test, type Page } from "@playwright/test";
import { shoot, signIn, unique } from "./helpers";

async function reportSetback(page: Page, title: string) {
  await page.goto("/setbacks/new");
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
  await reportSetback(page, unique("Wrong invoice sent"));
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
  await form.getByLabel("Narrative").fill("We sent it in dollars.\n\n## What we changed\n\n- a check before sending <b>bold?</b>");
  await form.getByRole("button", { name: "Save lesson" }).click();
  await expect(form.getByRole("status")).toHaveText("Lesson saved.");
  const panel = page.getByRole("region", { name: "Lesson" });
  // Under the panel's own heading (level 2), the narrative's "##" is the next level down.
  await expect(panel.getByRole("heading", { name: "What we changed", level: 4 })).toBeVisible();
  await expect(panel.getByRole("listitem").filter({ hasText: "a check before sending" })).toBeVisible();
  await expect(panel.locator("b")).toHaveCount(0);
  await panel.scrollIntoViewIfNeeded();
  await shoot(page, "lesson-heading");
});
