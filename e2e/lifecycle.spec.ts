import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { E2E_DATABASE } from "./env";
import { signIn, unique } from "./helpers";

async function reportSetback(page: Page, title: string, severity: string) {
  await page.goto("/setbacks/new");
  await page.getByRole("combobox", { name: "Client", exact: true }).selectOption({ label: "Northwind Logistics" });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Category").selectOption({ label: "Delay" });
  await page.getByLabel("Severity").selectOption(severity);
  await page.getByLabel("Fault").selectOption("ours");
  await page.getByLabel("Impact on the client").fill("Their customer's installation had to move.");
  await page.getByRole("button", { name: "Report setback" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  return page.url();
}

async function move(page: Page, to: string) {
  await page.getByRole("button", { name: `Move to ${to}` }).click();
  await expect(page.getByRole("navigation", { name: "Stages" }).locator("[aria-current=step]")).toContainText(to);
}

/** Opens the disclosure that holds a form, and returns the form. */
async function openForm(page: Page, name: string, formName: string | RegExp = name) {
  await page.locator("summary").filter({ hasText: name }).click();
  return page.getByRole("form", { name: formName });
}

test("a setback goes from discovery to closed, every step in the timeline", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "member@demo.test");
  const title = unique("Pallet missed the hub cut-off");
  const url = await reportSetback(page, title, "high");

  // Notify: a high setback is a call first; log what was said on it.
  await page.getByRole("link", { name: "Draft the call script" }).click();
  const log = page.getByRole("form", { name: "Log a communication" });
  await expect(log.getByLabel("Channel")).toHaveValue("phone");
  await expect(log.getByLabel("Full text")).toHaveValue(/Own it: this was our mistake, and I am sorry\./);
  await expect(page.getByText("A high or critical setback: call them first")).toBeVisible();
  await log.getByLabel("Full text").fill("Told Hannah it was our mistake and that the pallet goes by express; she asked for a call once it is delivered.");
  await log.getByRole("button", { name: "Log the call" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Communication logged." })).toBeVisible();
  await move(page, "Notified");
  await move(page, "Remedying");

  // Remedy: two tasks, both done.
  for (const task of ["Re-send the pallet by express", "Confirm delivery with the site"]) {
    const form = page.getByRole("form", { name: "Add a remedy task" });
    if (!(await form.isVisible())) await openForm(page, "Add a remedy task");
    await form.getByLabel("Task").fill(task);
    await form.getByRole("button", { name: "Add task" }).click();
    await expect(page.getByText(task, { exact: true })).toBeVisible();
  }
  await page.getByRole("button", { name: "Mark “Re-send the pallet by express” done" }).click();
  await expect(page.getByRole("button", { name: "Mark “Re-send the pallet by express” done" })).toHaveCount(0);
  await page.getByRole("button", { name: "Mark “Confirm delivery with the site” done" }).click();
  await expect(page.getByText("2 of 2 finished")).toBeVisible();
  await move(page, "Compensation");

  // Compensation: 750.00 is above the threshold, so a manager approves.
  const propose = await openForm(page, "Propose compensation");
  await propose.getByLabel("Kind").selectOption("refund");
  await propose.getByLabel("Amount (EUR)").fill("750.00");
  await propose.getByRole("button", { name: "Propose" }).click();
  await expect(page.getByText("Proposed; the setback's compensation would total €750.00, above the €500.00 threshold, so a manager approves it.")).toBeVisible();
  await expect(page.getByText("Waiting for a manager's approval.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Move to Follow-up" })).toBeDisabled();

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, "manager@demo.test");
  await manager.goto(url);
  await manager.getByRole("button", { name: "Approve Refund of €750.00" }).click();
  await expect(manager.getByText("approved by Jordan Lee")).toBeVisible();
  await managerContext.close();

  await page.reload();
  await page.getByRole("button", { name: "Mark Refund of €750.00 issued" }).click();
  await expect(page.getByText("Issued", { exact: true })).toBeVisible();
  await move(page, "Follow-up");

  // Follow-up: the first was proposed when the remedy was complete.
  const followUp = await openForm(page, "Record this follow-up", /^Record the follow-up due/);
  await followUp.getByLabel("Satisfaction").selectOption("4");
  await followUp.getByLabel("Does the client stay?").selectOption("yes");
  await followUp.getByLabel("Notes").fill("Delivery arrived; they are happy with the refund.");
  await followUp.getByRole("button", { name: "Record follow-up" }).click();
  await expect(page.getByText("satisfaction 4/5 · the client stays")).toBeVisible();
  await move(page, "Review");

  // Lesson with one preventive action, then close.
  const lesson = await openForm(page, "Write the lesson", "Lesson");
  await lesson.getByLabel("Root-cause category").selectOption({ label: "Process" });
  await lesson.getByRole("textbox", { name: "Root cause", exact: true }).fill("Dispatch did not check the hub's cut-off times.");
  await lesson.getByLabel("Narrative").fill("We **missed** the cut-off. <img src=x onerror=alert(1)>");
  await lesson.getByRole("button", { name: "Save lesson" }).click();
  await expect(page.getByText("Root cause: Process")).toBeVisible();
  await expect(page.locator("strong", { hasText: "missed" })).toBeVisible();
  await expect(page.locator("img[src=x]")).toHaveCount(0);
  const action = await openForm(page, "Add a preventive action");
  await action.getByLabel("Preventive action").fill("Add hub cut-off times to the dispatch checklist");
  await action.getByRole("button", { name: "Add preventive action" }).click();
  await expect(page.getByText("Add hub cut-off times to the dispatch checklist", { exact: true })).toBeVisible();
  await move(page, "Closed");

  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByText(/^Reported SB-\d{4}/)).toBeVisible();
  for (const step of [
    /^Phone to .*: Call\b/,
    "Moved from Discovered to Notified",
    "Moved from Notified to Remedying",
    "Remedy task added: Re-send the pallet by express",
    "Remedy task done: Confirm delivery with the site",
    "Follow-up proposed (remedy complete)",
    "Moved from Remedying to Compensation",
    "Compensation proposed: refund €750.00",
    "Compensation approved: €750.00",
    "Compensation issued: €750.00",
    "Moved from Compensation to Follow-up",
    "Follow-up done: satisfaction 4/5, the client stays",
    "Moved from Follow-up to Review",
    "Lesson written",
    "Preventive action added: Add hub cut-off times to the dispatch checklist",
    "Moved from Review to Closed",
  ]) {
    await expect(timeline.getByText(step)).toBeVisible();
  }
  await expect(timeline).toContainText("Jordan Lee");

  const verify = execFileSync("npx", ["tsx", "scripts/audit-verify.ts"], { env: { ...process.env, DATABASE_URL: E2E_DATABASE }, encoding: "utf8" });
  // Signed checkpoints, every record of this journey checked against its event, and the setbacks,
  // compensations, users and settings replayed from theirs.
  expect(verify).toMatch(/^ok: \d+ events, \d+ checkpoints? signed by key [0-9a-f]{16}, last checkpoint at event \d+ on .* UTC, head \(event \d+\) signed on .* UTC; \d+ communications, \d+ remedy tasks, .* match the events that created them; the current state of \d+ setbacks, \d+ compensations, \d+ users and 9 settings matches their events$/m);
});

test("a refused move says why on screen", async ({ page }) => {
  await signIn(page, "member@demo.test");
  await reportSetback(page, unique("Invoice sent to the wrong address"), "medium");
  const moveButton = page.getByRole("button", { name: "Move to Notified" });
  await expect(moveButton).toBeDisabled();
  await expect(moveButton).toHaveAccessibleDescription("Log an outbound communication to the client first.");
  await expect(page.getByText("Log an outbound communication to the client first.")).toBeVisible();

  // A move back needs a reason: refused without one, with the reason asked for on screen.
  await page.getByRole("link", { name: "Draft the first notification" }).click();
  const log = page.getByRole("form", { name: "Log a communication" });
  await log.getByLabel("Full text").fill("Emailed about the invoice and its correction.");
  await log.getByRole("button", { name: "Log communication" }).click();
  await page.getByRole("button", { name: "Move to Notified" }).click();
  const back = await openForm(page, "Move back to Discovered");
  await back.getByRole("button", { name: "Move back to Discovered" }).click();
  await expect(back.getByRole("alert")).toHaveText("Give a reason for moving it back.");
  await expect(page.getByRole("navigation", { name: "Stages" }).locator("[aria-current=step]")).toContainText("Notified");
});
