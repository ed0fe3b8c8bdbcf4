import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// Figures worked out by hand in db/fixtures/reports.ts.
test("the manager picks a period and a client and reads the fixture's figures", async ({ page }) => {
  await signIn(page, "manager@demo.test");
  await page.getByRole("link", { name: "Reports" }).click();
  const form = page.getByRole("search", { name: "Report period and filters" });
  await form.getByLabel("Period").selectOption("custom");
  await form.getByLabel("From").fill("2025-01-01");
  await form.getByLabel("To").fill("2025-03-31");
  await form.getByLabel("Client").selectOption({ label: "Fixture Foods" });
  await form.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/period=custom.*from=2025-01-01&to=2025-03-31/);

  const overall = page.getByRole("table", { name: "Response times" });
  await expect(overall.getByRole("row", { name: /^Time to notify/ })).toHaveText(/Time to notify\s*4\s*3\.00\s*30\.00\s*9\.75/);
  await expect(overall.getByRole("row", { name: /^Time to remedy/ })).toHaveText(/Time to remedy\s*3\s*48\.00\s*96\.00\s*56\.00/);
  await expect(overall.getByRole("row", { name: /^Notification target met/ })).toContainText("60.0%");

  // The trend chart's table.
  const months = page.getByRole("table", { name: "Time to notify by month" });
  await expect(months.getByRole("row", { name: /^2025-01/ })).toHaveText(/2025-01\s*2\s*3\.00\s*30\.00\s*16\.50\s*50\.0%/);
  await expect(months.getByRole("row", { name: /^2025-02/ })).toHaveText(/2025-02\s*2\s*1\.00\s*5\.00\s*3\.00\s*66\.7%/);

  // The CSV says the same.
  const href = await page.getByRole("link", { name: "CSV of Response times" }).getAttribute("href");
  const csv = await (await page.request.get(href!)).text();
  expect(csv.split("\r\n")[1]).toBe("Time to notify,4,3.00,30.00,9.75");
});

test("a member is refused the reports and their export", async ({ page }) => {
  await signIn(page, "member@demo.test");
  await expect(page.getByRole("link", { name: "Reports" })).toHaveCount(0);
  expect((await page.goto("/reports"))?.status()).toBe(403);
  expect((await page.request.get("/reports/export?table=response-times")).status()).toBe(403);
});

test("the manager runs the fixture quarter's retrospective, writes notes and exports it", async ({ page }) => {
  await signIn(page, "manager@demo.test");
  await page.getByRole("link", { name: "Retrospectives" }).click();
  const form = page.getByRole("form", { name: "Retrospective period" });
  await form.getByLabel("Period").selectOption("quarter");
  await form.getByLabel("Quarter").fill("2025-Q1");
  await form.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Retrospective: 2025-Q1");
  const headlines = page.getByRole("table", { name: "Headline figures" });
  await expect(headlines.getByRole("row", { name: /^Notification target met/ })).toContainText("60.0%");
  await expect(page.getByText("Fixture Foods × Delay: 3 setbacks (SB-0041, SB-0044, SB-0045)")).toBeVisible();

  const notes = page.getByRole("form", { name: "Retrospective notes" });
  await notes.getByLabel("Notes for this period").fill("Call the client before emailing them.");
  await notes.getByRole("button", { name: "Save notes" }).click();
  await expect(notes.getByRole("status")).toHaveText("Notes saved.");
  await page.reload();
  await expect(page.getByLabel("Notes for this period")).toHaveValue("Call the client before emailing them.");

  const href = await page.getByRole("link", { name: "Markdown" }).getAttribute("href");
  const markdown = await (await page.request.get(href!)).text();
  expect(markdown).toContain("# Retrospective: 2025-Q1");
  expect(markdown).toContain("Call the client before emailing them.");
});
