// Issue 13, finding 2: splitting a compensation into amounts under the threshold no longer
// skips the manager; the threshold (500.00) applies to the setback's total.
import { expect, test, type Page } from "@playwright/test";
import { signIn, unique } from "./helpers";

async function reportSetback(page: Page, title: string) {
  await page.goto("/setbacks/new");
  await page.getByRole("combobox", { name: "Client", exact: true }).selectOption({ label: "Northwind Logistics" });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Category").selectOption({ label: "Billing error" });
  await page.getByLabel("Severity").selectOption("medium");
  await page.getByLabel("Fault").selectOption("ours");
  await page.getByRole("button", { name: "Report setback" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  return page.url();
}

async function propose(page: Page, amount: string, answer: string) {
  const form = page.getByRole("form", { name: "Propose compensation" });
  if (!(await form.isVisible())) await page.locator("summary").filter({ hasText: "Propose compensation" }).click();
  await form.getByLabel("Kind").selectOption("refund");
  await form.getByLabel("Amount (EUR)").fill(amount);
  await form.getByRole("button", { name: "Propose" }).click();
  await expect(page.getByRole("status").filter({ hasText: answer })).toBeVisible();
}

test("three proposals of 499.99 on one setback: the first stands approved, the others wait for a manager", async ({ page, browser }) => {
  await signIn(page, "member@demo.test");
  const url = await reportSetback(page, unique("Invoice charged three times"));
  const panel = page.getByRole("region", { name: "Compensation" });

  await propose(page, "499.99", "Recorded and approved: the setback's compensation totals €499.99, within the €500.00 threshold.");
  await propose(page, "499.99", "Proposed; the setback's compensation would total €999.98, above the €500.00 threshold, so a manager approves it.");
  await propose(page, "499.99", "Proposed; the setback's compensation would total €1,499.97, above the €500.00 threshold, so a manager approves it.");
  await expect(panel.getByText("So far: 1 approved (€499.99), 2 waiting for approval (€999.98).")).toBeVisible();
  await expect(panel.getByText("Waiting for a manager's approval.")).toHaveCount(2);
  // Compensation stands, so "none warranted" is not offered beside it.
  await expect(panel.locator("summary").filter({ hasText: "No compensation warranted" })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Mark Refund of €499.99 issued" })).toHaveCount(1);
  await panel.getByRole("button", { name: "Mark Refund of €499.99 issued" }).click();
  await expect(panel.getByText("Issued", { exact: true })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Mark Refund of €499.99 issued" })).toHaveCount(0);

  // A manager sees the total and decides: one approved, one rejected (which no longer counts).
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, "manager@demo.test");
  await manager.goto(url);
  const managerPanel = manager.getByRole("region", { name: "Compensation" });
  await expect(managerPanel.getByText("So far: 1 issued (€499.99), 2 waiting for approval (€999.98).")).toBeVisible();
  await expect(managerPanel.getByRole("button", { name: "Approve Refund of €499.99" })).toHaveCount(2);
  await managerPanel.getByRole("button", { name: "Approve Refund of €499.99" }).first().click();
  await expect(managerPanel.getByText("approved by Jordan Lee")).toBeVisible();
  await managerPanel.locator("summary").filter({ hasText: "Reject…" }).click();
  const reject = managerPanel.getByRole("form", { name: "Reject Refund of €499.99" });
  await reject.getByLabel("Reason").fill("One refund was enough");
  await reject.getByRole("button", { name: "Reject" }).click();
  await expect(managerPanel.getByText("So far: 1 issued (€499.99), 1 approved (€499.99).")).toBeVisible();
  await managerContext.close();

  await page.reload();
  await expect(panel.getByText("So far: 1 issued (€499.99), 1 approved (€499.99).")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Mark Refund of €499.99 issued" })).toHaveCount(1);
  await expect(panel.getByText("Waiting for a manager")).toHaveCount(0);
});
