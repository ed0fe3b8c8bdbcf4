import { expect, test } from "@playwright/test";
import { signIn, unique } from "./helpers";

test("a member creates a client, reports a setback for it, finds it and sees it reported", async ({ page }) => {
  await signIn(page, "member@demo.test");

  const clientName = unique("Greenleaf Bakery");
  await page.getByRole("link", { name: "Clients" }).click();
  await page.getByRole("link", { name: "New client" }).click();
  await expect(page.getByRole("heading", { name: "New client" })).toBeVisible();
  await page.getByLabel("Name").fill(clientName);
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { level: 1, name: clientName })).toBeVisible();

  await page.getByLabel("Contact name").fill("Ana Flores");
  await page.getByLabel("Contact email").fill("ana@greenleaf.example");
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByText("Contact added.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Ana Flores" })).toBeVisible();

  await page.getByRole("link", { name: "Report a setback" }).click();
  await expect(page.getByRole("heading", { name: "Report a setback" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Client", exact: true })).toHaveValue(/\d+/);
  const title = unique("Wedding cake delivered late");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Category").selectOption({ label: "Delay" });
  await page.getByLabel("Severity").selectOption("high");
  await page.getByLabel("Fault").selectOption("ours");
  await page.getByLabel("Impact on the client").fill("The reception started without the cake.");
  await page.getByRole("button", { name: "Report setback" }).click();

  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(title);
  const reference = (await heading.textContent())!.match(/SB-\d{4,}/)![0];
  await expect(page).toHaveURL(new RegExp(`/setbacks/${reference}$`));

  await page.getByRole("link", { name: "Setbacks" }).first().click();
  await page.getByRole("searchbox", { name: "Search" }).fill(title);
  await page.getByRole("button", { name: "Filter" }).click();
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(clientName);
  await row.getByRole("link", { name: reference }).click();

  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByText(`Reported ${reference}`)).toBeVisible();
  await expect(timeline).toContainText("Sam Patel");
});

test("a setback with an empty title and a future date is refused with messages beside the fields", async ({ page }) => {
  await signIn(page, "member@demo.test");
  await page.goto("/setbacks/new");
  await page.getByRole("combobox", { name: "Client", exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Category").selectOption({ label: "Billing error" });
  await page.getByLabel("Severity").selectOption("low");
  await page.getByLabel("Fault").selectOption("ours");
  await page.getByLabel("Discovered at").fill("2099-01-01T10:00");
  await page.getByRole("button", { name: "Report setback" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Check the highlighted fields" })).toBeVisible();
  await expect(page.getByText("Title is required")).toBeVisible();
  await expect(page.getByText("Discovered at cannot be in the future")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/setbacks\/new$/);
  // What the person chose is still there to correct, not reset.
  await expect(page.getByLabel("Category")).toHaveValue("billing_error");
  await expect(page.getByLabel("Severity")).toHaveValue("low");
  await expect(page.getByLabel("Discovered at")).toHaveValue("2099-01-01T10:00");
});

test("editing a setback records what changed in its timeline", async ({ page }) => {
  await signIn(page, "manager@demo.test");
  await page.goto("/setbacks/SB-0038");
  await page.getByText("Edit details").click();
  const title = unique("Booking service outage");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Severity").selectOption("critical");
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Setback saved" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByLabel("Severity")).toHaveValue("critical");
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByText("Edited severity, title")).toBeVisible();
  await expect(timeline.getByText(/^Severity: \w+ → Critical$/)).toBeVisible();
  await expect(timeline).toContainText("Jordan Lee");
});
