import { expect, test } from "@playwright/test";
import { signIn, unique } from "./helpers";

test("a member corrects a logged communication; the original stays, marked corrected", async ({ page }) => {
  await signIn(page, "member@demo.test");
  await page.goto("/setbacks/new");
  await page.getByRole("combobox", { name: "Client", exact: true }).selectOption({ label: "Northwind Logistics" });
  const title = unique("Invoice sent to the wrong address");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Category").selectOption({ label: "Billing error" });
  await page.getByLabel("Severity").selectOption("medium");
  await page.getByLabel("Fault").selectOption("ours");
  await page.getByRole("button", { name: "Report setback" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);

  await page.getByRole("link", { name: "Draft the first notification" }).click();
  const log = page.getByRole("form", { name: "Log a communication" });
  await log.getByLabel("Summary").fill("Called about the invoice on Monday");
  await log.getByLabel("Full text").fill("Explained the wrong address and that a corrected invoice follows.");
  await log.getByRole("button", { name: "Log communication" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Communication logged." })).toBeVisible();

  // The correction form opens on request, for that one entry.
  await expect(page.getByRole("form", { name: /^Correct:/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Correct this entry" }).click();
  const correct = page.getByRole("form", { name: "Correct: Called about the invoice on Monday" });
  await correct.getByLabel("Summary").fill("Called about the invoice on Tuesday");
  await correct.getByRole("button", { name: "Log the correction" }).click();

  const communications = page.getByRole("region", { name: "Communications" });
  await expect(communications.getByText("Corrected by a later entry")).toBeVisible();
  await expect(communications.getByText("Correction of an earlier entry")).toBeVisible();
  await expect(communications.getByText("Called about the invoice on Monday")).toBeVisible();
  await expect(communications.getByText("Called about the invoice on Tuesday")).toBeVisible();
});
