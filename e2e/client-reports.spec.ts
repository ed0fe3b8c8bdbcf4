// Issue 14, parts 4 and 5: a client's report arrives honest, and their status page tells the truth.
// A manager makes a link (copied with its button), the client reports a problem in two lines and is
// given its reference, a member triages it, then logs an update shown to the client whose promise
// has already passed: the client's page shows their report, the update and that it is late.
// Its report arrives with nothing invented (decision 013): severity not yet assessed, "when" not
// known, from the contact who wrote it; the status page names the organisation, every time's zone.
import { expect, test, type Page } from "@playwright/test";
import { signIn, unique } from "./helpers";

const SHOTS = process.env.SCREENSHOTS_DIR;

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const [label, width] of [["desktop", 1280], ["phone", 390]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("a client reports in two lines, a member triages it, and the client's page shows it, its update and a late promise", async ({ page, browser }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, "manager@demo.test");
  await page.goto("/clients");
  await page.getByRole("link", { name: "Crescent Hotels" }).click();
  const form = page.getByRole("form", { name: "Create a client link" });
  await form.getByLabel("Link label").fill(unique("Reception"));
  await form.getByRole("button", { name: "Create link" }).click();
  // One confirmation: the link shown once, its Copy button and what copying did, together.
  const created = form.getByRole("status");
  await expect(created).toContainText("it is shown only once");
  await expect(created).toBeFocused();
  const url = /https?:\/\/\S+\/feedback\/[A-Za-z0-9_-]{43}/.exec((await created.textContent())!)![0];
  expect((await page.locator("main").textContent())!.split(url)).toHaveLength(2); // shown once, not twice
  await created.getByRole("button", { name: "Copy link" }).click();
  await expect(created.getByRole("button", { name: "Copied" })).toBeVisible();
  await expect(created).toContainText("Copied to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await page.getByRole("button", { name: "Sign out" }).click();

  const visitor = await browser.newContext();
  const client = await visitor.newPage();
  await client.goto(url);
  await expect(client.getByRole("banner")).toHaveText("Brightwater Studio");
  const firstLine = unique("The minibar invoice is charged twice");
  await client.getByLabel("What happened?").fill(`${firstLine}\nIt happened for rooms 12 and 14 last night.`);
  await client.getByLabel("How can we reach you?").fill("Omar Haddad, extension 214");
  await client.getByRole("button", { name: "Send" }).click();
  const thanks = client.getByRole("status").filter({ hasText: /Thank you — we have it as SB-\d{4}/ });
  await expect(thanks).toBeVisible();
  const reference = /SB-\d{4}/.exec((await thanks.textContent())!)![0];
  // Their report heads their list at once, by their own first line, before anyone triaged it.
  const entry = client.getByRole("listitem", { name: firstLine });
  await expect(entry).toContainText(reference);
  await expect(entry).toContainText("Reported by you");
  await expect(entry).toContainText("We are looking into it");

  await signIn(page, "member@demo.test");
  await page.goto(`/setbacks/${reference}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${reference} · ${firstLine}`);
  const communications = page.getByRole("region", { name: "Communications" });
  await expect(communications).toContainText("Inbound · Web form");
  await expect(communications).toContainText("From Omar Haddad via the client link");
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByRole("listitem").filter({ hasText: "Web form from Omar Haddad" })).toContainText("Via the client link");
  // Nothing invented: no severity, no time the client did not give.
  await expect(page.getByText("Severity: not yet assessed")).toBeVisible();
  await expect(page.getByText(/^Not known yet \(reported \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\)$/)).toBeVisible();
  await expect(communications).toContainText("It happened for rooms 12 and 14 last night.");
  // The checklist is what we said; a message the client sent has none to show.
  await expect(communications).not.toContainText("No checklist item ticked");
  await expect(page.getByText("Triage it first: set its severity, category, fault and owner in the triage panel.")).toBeVisible();
  const triage = page.getByRole("form", { name: "Triage this report" });
  await expect(page.getByRole("region", { name: "Triage this report" })).toContainText("Severity and fault not yet assessed");
  await shoot(page, "triage-panel");
  // Triage needs a severity: without one it says so beside the field and saves nothing.
  await triage.getByLabel("Category").selectOption({ label: "Billing error" });
  await triage.getByLabel("Fault").selectOption({ label: "Ours" });
  await triage.getByRole("button", { name: "Save triage" }).click();
  await expect(triage.getByLabel("Severity")).toHaveAttribute("aria-invalid", "true");
  await expect(triage.getByLabel("Severity")).toHaveAccessibleDescription(/Choose a severity/);
  await expect(page.getByText("Severity: not yet assessed")).toBeVisible();
  await triage.getByLabel("Severity").selectOption({ label: "High" });
  await triage.getByLabel("Category").selectOption({ label: "Billing error" });
  await triage.getByLabel("Fault").selectOption({ label: "Ours" });
  await triage.getByLabel("Owner").selectOption({ label: "Sam Patel" });
  await triage.getByRole("button", { name: "Save triage" }).click();
  await expect(page.getByRole("region", { name: "Triage this report" })).toHaveCount(0);
  await expect(page.getByText("Triage it first")).toHaveCount(0);
  await expect(page.getByText("Severity: not yet assessed")).toHaveCount(0);
  await expect(page.getByRole("list").getByText("Triaged: high, ours")).toBeVisible();

  // An update marked shown to the client, promising the next one by yesterday: already late.
  await page.getByText("Log a communication", { exact: true }).click();
  const log = page.getByRole("form", { name: "Log a communication" });
  const update = "We found the double charge and are refunding it";
  await log.getByLabel("Summary").fill(update);
  await log.getByLabel("What was promised").fill("Confirmation of the refund");
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await log.getByLabel("Promised by").fill(yesterday);
  await log.getByLabel("Shown to the client").check();
  await log.getByRole("button", { name: "Log communication" }).click();
  await expect(log.getByRole("status")).toHaveText("Communication logged.");

  // The team renames it for themselves and writes a title for the client: the client reads theirs.
  const internal = unique("POS double-posts minibar items");
  const forClient = unique("Your minibar bill");
  await page.getByRole("link", { name: "Edit details" }).click();
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(internal);
  await page.getByRole("textbox", { name: "Title for the client" }).fill(forClient);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Setback saved; the change is in the timeline.")).toBeVisible();

  await client.reload();
  await expect(client.getByText(internal)).toHaveCount(0);
  await expect(client.getByText(firstLine)).toHaveCount(0);
  const updated = client.getByRole("listitem", { name: forClient });
  await expect(updated).toContainText(reference);
  await expect(updated).toContainText(`${update}`);
  await expect(updated).toContainText("Your update is late; we have been reminded.");
  // Every time with its zone named ("1 Dec 2026, 14:05 UTC"; the demo's organisation is in UTC).
  await expect(updated).toContainText(/Last update, \d{1,2} \w{3} \d{4}, \d{2}:\d{2} (UTC|GMT[+-]?\d*|[A-Z]{3,5}):/);
  // A promise made for a day reads as the day (decision 012), not its last minute.
  await expect(updated).toContainText(/We promised it by \d{1,2} [A-Z][a-z]+ \d{4}\./);
  await expect(updated).not.toContainText("23:59");
  // No two entries read the same, and none by its internal title.
  const titles = await client.getByRole("region", { name: "What we are working on for you" }).getByRole("heading", { level: 3 }).allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  expect(new Set(titles).size).toBe(titles.length);
  // Nothing internal: no owner's name, no internal checklist, no other client's setbacks.
  await expect(client.getByText("Sam Patel")).toHaveCount(0);
  await expect(client.getByText("Tidewater Foods")).toHaveCount(0);
  await shoot(client, "status-page");
  await visitor.close();
});

/** A new link for Crescent Hotels, as its manager makes it; returns its confirmation. */
async function newLink(page: Page, label: string) {
  await page.goto("/clients");
  await page.getByRole("link", { name: "Crescent Hotels" }).click();
  const form = page.getByRole("form", { name: "Create a client link" });
  await form.getByLabel("Link label").fill(unique(label));
  await form.getByRole("button", { name: "Create link" }).click();
  const created = form.getByRole("status");
  await expect(created).toContainText("it is shown only once");
  return { created, url: /https?:\/\/\S+\/feedback\/[A-Za-z0-9_-]{43}/.exec((await created.textContent())!)![0] };
}

test("refused the clipboard, the Copy button selects the link and says to press Ctrl+C", async ({ page }) => {
  // What a browser that refuses the clipboard (a setting, an insecure origin) answers.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: () => Promise.reject(new DOMException("Refused", "NotAllowedError")) } });
  });
  await signIn(page, "manager@demo.test");
  const { created, url } = await newLink(page, "Refused clipboard");
  await created.getByRole("button", { name: "Copy link" }).click();
  await expect(created).toContainText("The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.");
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(url);
  await expect(created.getByRole("button", { name: "Copy link" })).toBeVisible(); // it never claims "Copied"
  await shoot(page, "new-link-refused-clipboard");
});

test("a client who says when it happened is taken at their word, and two reports alike read apart on their page", async ({ page, browser }) => {
  await signIn(page, "manager@demo.test");
  const { url } = await newLink(page, "Front office");
  await page.getByRole("button", { name: "Sign out" }).click();
  const visitor = await browser.newContext();
  const client = await visitor.newPage();
  await client.goto(url);
  const form = client.getByRole("form", { name: "Tell us what is wrong" });
  await expect(form.getByLabel("When did it happen?")).toHaveAccessibleDescription(/Optional, if you know: your best guess, \S.* time/);
  const same = unique("The key cards stopped working");
  const references: string[] = [];
  for (const when of ["2026-11-20T09:30", ""]) {
    await form.getByLabel("What happened?").fill(same);
    if (when) await form.getByLabel("When did it happen?").fill(when);
    await form.getByRole("button", { name: "Send" }).click();
    const thanks = form.getByRole("status");
    await expect(thanks).toHaveText(/we have it as SB-\d{4}/);
    // The second answer replaces the first: wait for its own reference.
    for (const earlier of references) await expect(thanks).not.toContainText(earlier);
    references.push(/SB-\d{4}/.exec((await thanks.textContent())!)![0]);
  }
  // Two reports with the same first line: each carries its reference, so they never read the same.
  for (const reference of references) await expect(client.getByRole("heading", { level: 3, name: `${same} (${reference})` })).toBeVisible();
  await shoot(client, "status-page-two-alike");
  await visitor.close();

  await signIn(page, "member@demo.test");
  await page.goto(`/setbacks/${references[0]}`);
  await expect(page.getByText("20 Nov 2026, 09:30", { exact: true })).toBeVisible();
  await page.goto(`/setbacks/${references[1]}`);
  await expect(page.getByText(/^Not known yet \(reported /)).toBeVisible();
});
