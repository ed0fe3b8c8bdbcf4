// Issue 14, parts 4 and 5: a client's report arrives honest, and their status page tells the truth.
// A manager makes a link (copied with its button), the client reports a problem in two lines and is
// given its reference, a member triages it, then logs an update shown to the client whose promise
// has already passed: the client's page shows their report, the update and that it is late.
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
  await expect(form.getByRole("status")).toContainText("it is shown only once");
  const field = page.getByLabel("New client link (shown only once)");
  const url = await field.inputValue();
  expect(url).toMatch(/\/feedback\/[A-Za-z0-9_-]{43}$/);
  await page.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await page.getByRole("button", { name: "Sign out" }).click();

  const visitor = await browser.newContext();
  const client = await visitor.newPage();
  await client.goto(url);
  const firstLine = unique("The minibar invoice is charged twice");
  await client.getByLabel("What happened?").fill(`${firstLine}\nIt happened for rooms 12 and 14 last night.`);
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
  await expect(communications).toContainText("It happened for rooms 12 and 14 last night.");
  // The checklist is what we said; a message the client sent has none to show.
  await expect(communications).not.toContainText("No checklist item ticked");
  await expect(page.getByText("Triage it first: set its severity, category, fault and owner in the triage panel.")).toBeVisible();
  const triage = page.getByRole("form", { name: "Triage this report" });
  await expect(page.getByRole("region", { name: "Triage this report" })).toContainText("Fault not yet assessed");
  await shoot(page, "triage-panel");
  await triage.getByLabel("Severity").selectOption({ label: "High" });
  await triage.getByLabel("Category").selectOption({ label: "Billing error" });
  await triage.getByLabel("Fault").selectOption({ label: "Ours" });
  await triage.getByLabel("Owner").selectOption({ label: "Sam Patel" });
  await triage.getByRole("button", { name: "Save triage" }).click();
  await expect(page.getByRole("region", { name: "Triage this report" })).toHaveCount(0);
  await expect(page.getByText("Triage it first")).toHaveCount(0);
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
  // Nothing internal: no owner's name, no internal checklist, no other client's setbacks.
  await expect(client.getByText("Sam Patel")).toHaveCount(0);
  await expect(client.getByText("Tidewater Foods")).toHaveCount(0);
  await shoot(client, "status-page");
  await visitor.close();
});
