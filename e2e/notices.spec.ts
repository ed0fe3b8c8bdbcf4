// Amends speaks (issue 15): a critical setback discovered three hours ago and owned by the member
// mails them and every manager once, through a real SMTP server (scripts/e2e-server.ts), shows in
// the bell, opens from Needs me, and the member chooses what they are told.
import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_DATABASE, E2E_MAIL_PORT } from "./env";
import { shoot, signIn, unique } from "./helpers";

interface Mail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

async function mails(): Promise<Mail[]> {
  return (await fetch(`http://127.0.0.1:${E2E_MAIL_PORT}/mails.json`)).json();
}

/** "2026-12-01T06:05", three hours ago in UTC (the browser's zone in these tests). */
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString().slice(0, 16);

/** Where the server's sweeps have looked up to (db/schema.ts "scheduler_jobs"). */
function sweptTo(): number {
  const db = new Database(E2E_DATABASE, { readonly: true });
  try {
    return (db.prepare("select swept_to as at from scheduler_jobs where name = 'sweep'").get() as { at: number } | undefined)?.at ?? 0;
  } finally {
    db.close();
  }
}

async function bell(page: Page) {
  return page.getByRole("banner").getByRole("link", { name: /^Notices/ });
}

test("a breached critical setback mails its owner and the managers once, and its notice opens the setback", async ({ page }) => {
  await signIn(page, "member@demo.test");
  await page.goto("/setbacks/new");
  const title = unique("Cold store failed overnight");
  await page.getByRole("combobox", { name: "Client", exact: true }).selectOption({ index: 1 });
  const client = (await page.getByRole("combobox", { name: "Client", exact: true }).locator("option:checked").textContent())!.trim();
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Category").selectOption({ label: "Delay" });
  await page.getByLabel("Severity").selectOption("critical");
  await page.getByLabel("Fault").selectOption("ours");
  await page.getByLabel("Owner").selectOption({ label: "Sam Patel" });
  await page.getByLabel("Occurred at").fill(hoursAgo(3));
  await page.getByLabel("Discovered at").fill(hoursAgo(3));
  await page.getByRole("button", { name: "Report setback" }).click();
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(title);
  const reference = (await heading.textContent())!.match(/SB-\d{4,}/)![0];
  const subject = `Breached: ${reference}, the time to tell ${client} ran out`;

  // The sweep runs every 2 s here; the mails arrive at the SMTP server, one to each.
  await expect.poll(async () => (await mails()).filter((m) => m.subject === subject).map((m) => m.to[0]).sort(), { timeout: 20_000 }).toEqual(["manager@demo.test", "member@demo.test"]);
  const mine = (await mails()).find((m) => m.subject === subject && m.to[0] === "member@demo.test")!;
  expect(mine.text).toContain(`/setbacks/${reference}#clocks`);
  expect(mine.text).toContain(`You own ${reference}.`);
  expect(mine.html).toContain("Choose what you are told");

  await page.goto("/inbox");
  const notices = page.getByRole("region", { name: /^Notices/ });
  const notice = notices.getByRole("link", { name: `Unread: ${subject}` });
  await expect(notice).toBeVisible();
  await expect(await bell(page)).toHaveAccessibleName(/^Notices, \d+ unread$/);
  const before = Number((await (await bell(page)).getAttribute("aria-label"))!.match(/(\d+) unread/)![1]);
  await shoot(page, "notices-inbox");
  await notice.click();
  await expect(page).toHaveURL(new RegExp(`/setbacks/${reference}#clocks$`));
  await expect(await bell(page)).toHaveAccessibleName(before === 1 ? "Notices" : `Notices, ${before - 1} unread`);

  // Later sweeps find the same breach again and send nothing more.
  await page.goto("/inbox");
  await expect(notices.getByRole("link", { name: subject, exact: true })).toBeVisible();
  const seen = Date.now();
  await expect.poll(() => sweptTo(), { timeout: 20_000 }).toBeGreaterThan(seen);
  expect((await mails()).filter((m) => m.subject === subject)).toHaveLength(2);
});

test("a member chooses what they are told; escalations stay on", async ({ page }) => {
  await signIn(page, "member@demo.test");
  await page.goto("/inbox");
  await page.getByRole("region", { name: /^Notices/ }).getByRole("link", { name: "Notification settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notification settings" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Mail is on: notices are mailed from Amends e2e <amends@e2e.test>.");
  const byMail = page.getByRole("checkbox", { name: /about to run out .*: by mail$/ });
  await expect(byMail).toBeChecked();
  await byMail.uncheck();
  await page.getByRole("button", { name: "Save notification settings" }).click();
  await expect(page.getByText("Saved: you are told as you chose.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /about to run out .*: by mail$/ })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: /about to run out .*: in Needs me$/ })).toBeChecked();
  await expect(page.getByRole("region", { name: "Always sent" })).toContainText("A clock ran out");
  await shoot(page, "notification-settings");
  // Back as it was, for the journeys after this one.
  await page.getByRole("checkbox", { name: /about to run out .*: by mail$/ }).check();
  await page.getByRole("button", { name: "Save notification settings" }).click();
  await expect(page.getByText("Saved: you are told as you chose.")).toBeVisible();
});

test("an admin sees what went out on the Deliveries page, and settings say mail is on", async ({ page }) => {
  await signIn(page, "admin@demo.test");
  await page.goto("/settings");
  await expect(page.getByRole("status").filter({ hasText: "Mail is on" })).toContainText("Mail is on: notices are mailed from Amends e2e <amends@e2e.test>.");
  await page.getByRole("link", { name: "See the deliveries" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Deliveries" })).toBeVisible();
  await page.getByRole("navigation", { name: "Deliveries by status" }).getByRole("link", { name: /^Sent \(\d+\)$/ }).click();
  const row = page.getByRole("row").filter({ hasText: /Breached: SB-\d+, the time to tell/ }).filter({ hasText: "member@demo.test" }).first();
  await expect(row).toContainText("Sent");
  await expect(page.getByRole("button", { name: /^Retry delivery/ })).toHaveCount(0);
  await shoot(page, "deliveries");
});
