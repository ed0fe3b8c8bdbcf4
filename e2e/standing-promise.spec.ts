// Decision 012, the standing promise: a promise made for a day reads as the day (never "23:59")
// on the setback, in "Needs me" and on the client's status page; once it has passed the client's
// page says so honestly and the inbox shows it; a follow-up completed after it keeps it, so the
// client's page stops saying late and the inbox entry leaves by itself.
import os from "node:os";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn, unique } from "./helpers";

const DAY_MS = 86_400_000;
/** "YYYY-MM-DD" `days` from today (UTC), as the date field takes it, and as the page should read it. */
function day(days: number) {
  const at = new Date(Date.now() + days * DAY_MS);
  return { value: at.toISOString().slice(0, 10), words: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(at) };
}

/** The client's entry, desktop and phone, scrolled into view (the form above it fills a phone's screen). */
async function shootEntry(page: Page, entry: Locator, name: string) {
  const dir = process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), `amends-screenshots-${process.env.E2E_PORT ?? "e2e"}`);
  for (const [size, width] of [["desktop", 1280], ["phone", 390]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await entry.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${dir}/${name}-${size}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function logUpdate(page: Page, summary: string, promise: string, by: string) {
  const log = page.getByRole("form", { name: "Log a communication" });
  // After a message is logged the form stays open, reset, for the next one.
  if (!(await log.isVisible())) await page.getByText("Log a communication", { exact: true }).click();
  await log.getByLabel("Summary").fill(summary);
  await log.getByLabel("What was promised").fill(promise);
  await log.getByLabel("Promised by").fill(by);
  await log.getByLabel("Shown to the client").check();
  await log.getByRole("button", { name: "Log communication" }).click();
  // The entry itself, not the form's message (which stays from the message before).
  await expect(page.getByRole("region", { name: "Communications" }).getByText(`Promised: ${promise}`)).toBeVisible();
}

test("a promise reads as its day, is shown late once passed, and a completed follow-up keeps it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // A link for the client, made by a manager.
  await signIn(page, "manager@demo.test");
  await page.goto("/clients");
  await page.getByRole("link", { name: "Crescent Hotels" }).click();
  const linkForm = page.getByRole("form", { name: "Create a client link" });
  await linkForm.getByLabel("Link label").fill(unique("Front desk"));
  await linkForm.getByRole("button", { name: "Create link" }).click();
  const created = linkForm.getByRole("status");
  await expect(created).toContainText("it is shown only once");
  const url = /https?:\/\/\S+\/feedback\/[A-Za-z0-9_-]{43}/.exec((await created.textContent())!)![0];
  await page.getByRole("button", { name: "Sign out" }).click();

  // The client reports a problem through it.
  const visitor = await browser.newContext();
  const client = await visitor.newPage();
  await client.goto(url);
  const firstLine = unique("The spa booking was cancelled without notice");
  await client.getByLabel("What happened?").fill(firstLine);
  await client.getByRole("button", { name: "Send" }).click();
  const thanks = client.getByRole("status").filter({ hasText: /Thank you — we have it as SB-\d{4}/ });
  await expect(thanks).toBeVisible();
  const reference = /SB-\d{4}/.exec((await thanks.textContent())!)![0];

  // A member triages it and tells the client when they will hear next: tomorrow.
  await signIn(page, "member@demo.test");
  await page.goto(`/setbacks/${reference}`);
  const triage = page.getByRole("form", { name: "Triage this report" });
  await triage.getByLabel("Severity").selectOption({ label: "Medium" });
  await triage.getByLabel("Category").selectOption({ label: "Delay" });
  await triage.getByLabel("Fault").selectOption({ label: "Ours" });
  await triage.getByLabel("Owner").selectOption({ label: "Sam Patel" });
  await triage.getByRole("button", { name: "Save triage" }).click();
  await expect(page.getByRole("region", { name: "Triage this report" })).toHaveCount(0);

  const tomorrow = day(1);
  await logUpdate(page, "We are rebooking your spa session", "The new booking", tomorrow.value);
  const communications = page.getByRole("region", { name: "Communications" });
  await expect(communications).toContainText(`Promised: The new booking (by ${tomorrow.words})`);
  await expect(communications).not.toContainText("23:59");

  const entry = client.getByRole("listitem", { name: firstLine });
  await client.reload();
  await expect(entry).toContainText(`Next update by: ${tomorrow.words}`);
  await expect(entry).not.toContainText("23:59");
  await expect(entry).not.toContainText("late");
  await shootEntry(client, entry, "standing-promise-status-next");

  // A later message promises a call back by yesterday: that promise stands, already missed.
  const yesterday = day(-1);
  await logUpdate(page, "The spa is fully booked this week", "A call back with dates", yesterday.value);
  await client.reload();
  await expect(entry).toContainText(`Your update is late; we have been reminded. We promised it by ${yesterday.words}.`);
  await shootEntry(client, entry, "standing-promise-status-late");
  await page.goto("/inbox");
  const promised = page.getByRole("listitem").filter({ hasText: "A call back with dates" });
  await expect(promised).toContainText(reference);
  await expect(promised).toContainText(`due by ${yesterday.words}`);
  await expect(promised).not.toContainText("23:59");

  // The follow-up call happens: the promise is kept.
  await page.goto(`/setbacks/${reference}`);
  const followUps = page.getByRole("region", { name: "Follow-ups" });
  await followUps.locator("summary").filter({ hasText: "Schedule a follow-up" }).click();
  await page.getByRole("form", { name: "Schedule a follow-up" }).getByRole("button", { name: "Schedule" }).click();
  await expect(followUps.getByText(/^Planned · due/)).toBeVisible();
  await followUps.locator("summary").filter({ hasText: "Record this follow-up" }).click();
  const record = page.getByRole("form", { name: /^Record the follow-up due/ });
  await record.getByLabel("Satisfaction").selectOption("4");
  await record.getByLabel("Does the client stay?").selectOption("yes");
  await record.getByRole("button", { name: "Record follow-up" }).click();
  await expect(followUps.getByText(/^Done · due/)).toBeVisible();

  await client.reload();
  await expect(entry).not.toContainText("Your update is late");
  await expect(entry).toContainText("Next update by: we will let you know");
  await shootEntry(client, entry, "standing-promise-status-kept");
  await page.goto("/inbox");
  await expect(page.getByRole("heading", { level: 1, name: "Needs me" })).toBeVisible();
  await expect(page.getByText("A call back with dates")).toHaveCount(0);
  await visitor.close();
});
