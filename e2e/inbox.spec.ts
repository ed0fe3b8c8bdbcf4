// "Needs me", the setback page's clocks and primary action, and the skip link: journeys through
// roles and labels, with the screenshots the README shows (docs/screenshots/).
import { expect, test, type Page } from "@playwright/test";
import { shoot as shootBoth, signIn, unique } from "./helpers";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** The count the navigation shows beside "Needs me" (0 when it shows none). */
async function navCount(page: Page): Promise<number> {
  const name = await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Needs me/ }).textContent();
  return Number(/(\d+) waiting/.exec(name ?? "")?.[1] ?? 0);
}

async function shoot(page: Page, path: string, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.screenshot({ path, fullPage: false });
}

test("a manager sees the demo's compensation awaiting approval, approves it, and it leaves the inbox", async ({ page }) => {
  await signIn(page, "manager@demo.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Needs me/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Needs me" })).toBeVisible();
  const before = await navCount(page);
  expect(before).toBeGreaterThan(0);

  const decisions = page.getByRole("region", { name: /Waiting for your decision/ });
  const entry = decisions.getByRole("listitem").filter({ hasText: "Credit of €800.00, proposed by Tom Okafor" });
  await expect(entry).toBeVisible();
  await shoot(page, "docs/screenshots/inbox.png", DESKTOP);
  await shoot(page, "test-results/inbox-phone.png", PHONE);
  await page.setViewportSize(DESKTOP);

  await entry.getByRole("link").click();
  await expect(page).toHaveURL(/\/setbacks\/SB-\d{4}#compensation$/);
  await page.getByRole("button", { name: "Approve Credit of €800.00" }).click();
  await expect(page.getByText("approved by Jordan Lee")).toBeVisible();
  // The Approve button went with the approval; focus is on the panel's heading, not lost to the page.
  await expect(page.getByRole("button", { name: "Approve Credit of €800.00" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Compensation" }).getByRole("heading", { name: "Compensation", level: 2 })).toBeFocused();
  // The count in the navigation goes down with the approval, and the entry is gone from the inbox.
  await expect.poll(() => navCount(page)).toBe(before - 1);
  await page.goto("/inbox");
  await expect(page.getByText("Credit of €800.00, proposed by Tom Okafor")).toHaveCount(0);
});

test("a member's inbox shows their setback near breach; its page shows the clocks and the next thing to do", async ({ page }) => {
  await signIn(page, "member@demo.test");
  const title = unique("Clinic booking system down");
  await page.goto("/setbacks/new");
  await page.getByRole("combobox", { name: "Client", exact: true }).selectOption({ label: "Northwind Logistics" });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Category").selectOption({ label: "Delay" });
  await page.getByLabel("Severity").selectOption("critical");
  await page.getByLabel("Fault").selectOption("ours");
  await page.getByLabel("Owner").selectOption({ label: "Sam Patel" });
  await page.getByRole("button", { name: "Report setback" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  const reference = /SB-\d{4}/.exec((await page.getByRole("heading", { level: 1 }).textContent()) ?? "")![0];

  // Critical: two hours to tell the client, so it waits on its owner at once.
  await page.goto("/inbox");
  const entry = page.getByRole("region", { name: /Due soon/ }).getByRole("listitem").filter({ hasText: title });
  await expect(entry).toContainText("Notify the client");
  await expect(entry).toContainText(/due \d{1,2} \w{3} \d{4}, \d{2}:\d{2} \((\d+ h )?\d* ?(min )?left\)/);
  await entry.getByRole("link", { name: `${reference} ${title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/setbacks/${reference}\\?draft=1#log-communication$`));

  // The clocks where the work is done: each target, time left, the deadline in the viewer's zone.
  const targets = page.getByRole("region", { name: "Targets" });
  await expect(targets.getByRole("listitem", { name: "Notify the client" })).toContainText(/left\s*due \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/);
  await expect(targets.getByRole("listitem", { name: "Remedy" })).toContainText(/(47 h \d+ min|2 d) left\s*due /);
  await expect(targets.getByRole("listitem", { name: "First follow-up" })).toContainText("Starts when the remedy is done");
  await expect(targets).toContainText("Times in UTC.");
  // The primary action is what the refused move needs, never the refused move itself.
  await expect(page.getByRole("link", { name: "Log the first notification" })).toHaveAttribute("href", `/setbacks/${reference}?draft=1#log-communication`);
  await expect(page.getByRole("button", { name: "Move to Notified" })).toBeDisabled();

  await page.goto(`/setbacks/${reference}`);
  await shoot(page, "docs/screenshots/setback.png", DESKTOP);
  await shoot(page, "test-results/setback-phone.png", PHONE);
});

test("the first Tab stop is “Skip to content”, and it moves focus to the main content", async ({ page }) => {
  await page.goto("/login");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeVisible();

  await signIn(page, "member@demo.test");
  await page.goto("/board");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  // Focused, it covers nothing: the navigation's links (the first is "Needs me") stay clear of it.
  const box = (await skip.boundingBox())!;
  for (const link of await page.getByRole("navigation", { name: "Main" }).getByRole("link").all()) {
    const other = (await link.boundingBox())!;
    const overlaps = box.x < other.x + other.width && other.x < box.x + box.width && box.y < other.y + other.height && other.y < box.y + box.height;
    expect(overlaps, `Skip to content covers ${await link.textContent()}`).toBe(false);
  }
  await shootBoth(page, "skip-link-focused");
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  // The next Tab stop is inside the main content, past the navigation.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
});

test("a promised update in Needs me opens the Log a communication form, cursor in it; logged, the entry leaves", async ({ page }) => {
  await signIn(page, "member@demo.test");
  const title = unique("Wrong size of boxes delivered");
  await page.goto("/setbacks/new");
  await page.getByRole("combobox", { name: "Client", exact: true }).selectOption({ label: "Northwind Logistics" });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Category").selectOption({ label: "Delay" });
  await page.getByLabel("Severity").selectOption("low");
  await page.getByLabel("Fault").selectOption("ours");
  await page.getByLabel("Owner").selectOption({ label: "Sam Patel" });
  await page.getByRole("button", { name: "Report setback" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  const reference = /SB-\d{4}/.exec((await page.getByRole("heading", { level: 1 }).textContent()) ?? "")![0];

  // Told the client, promising the next update today.
  await page.getByText("Log a communication", { exact: true }).click();
  const log = page.getByRole("form", { name: "Log a communication" });
  await log.getByLabel("Summary").fill("Told them the right boxes are on their way");
  await log.getByLabel("What was promised").fill("The delivery slot");
  await log.getByLabel("Promised by").fill(new Date().toISOString().slice(0, 10));
  await log.getByRole("button", { name: "Log communication" }).click();
  await expect(log.getByRole("status")).toHaveText("Communication logged.");

  await page.goto("/inbox");
  // The zone is said once, in the header, as a person would.
  await expect(page.getByText("Times are in UTC; due today means by midnight.")).toBeVisible();
  const entry = page.getByRole("listitem").filter({ hasText: title });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("Send the promised update");
  await expect(entry).toContainText("The delivery slot");
  await shootBoth(page, "inbox-promise");
  await entry.getByRole("link", { name: `${reference} ${title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/setbacks/${reference}\\?log=1#log-communication$`));
  const form = page.getByRole("form", { name: "Log a communication" });
  await expect(form).toBeVisible();
  await expect(form.getByLabel("Direction")).toBeFocused();

  await form.getByLabel("Summary").fill("Gave them the delivery slot: Thursday 10:00");
  await form.getByRole("button", { name: "Log communication" }).click();
  await expect(form.getByRole("status")).toHaveText("Communication logged.");
  // The URL loses ?log=1, so a reload does not reopen it; the promise is kept and leaves the inbox.
  await expect(page).toHaveURL(new RegExp(`/setbacks/${reference}#log-communication$`));
  await page.goto("/inbox");
  await expect(page.getByRole("listitem").filter({ hasText: title })).toHaveCount(0);
});
