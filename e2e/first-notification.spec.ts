// The first notification records what was said: a high setback is a call first, from a script
// with its gaps marked; nothing is logged with a gap left in, no box is ticked for the caller,
// the logged draft closes, a double click logs once, and the email confirms the call in writing.
// Every draft speaks to the client: our own title and impact stay beside it as hints, the title
// the client knows is quoted, and a client's own report is answered with its reference.
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { E2E_DATABASE } from "./env";
import { shoot, signIn, unique } from "./helpers";

interface Report {
  title: string;
  description: string;
  category: string;
  severity: string;
  impact: string;
  clientTitle?: string;
}

async function reportSetback(page: Page, r: Report) {
  await page.goto("/setbacks/new");
  await page.getByRole("combobox", { name: "Client", exact: true }).selectOption({ label: "Northwind Logistics" });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(r.title);
  await page.getByLabel("Description").fill(r.description);
  await page.getByLabel("Category").selectOption({ label: r.category });
  await page.getByLabel("Severity").selectOption(r.severity);
  await page.getByLabel("Fault").selectOption("ours");
  await page.getByLabel("Impact on the client").fill(r.impact);
  if (r.clientTitle) await page.getByLabel("Title for the client").fill(r.clientTitle);
  await page.getByRole("button", { name: "Report setback" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(r.title);
}

const CHECKS = ["Apologised", "Explained the cause", "Offered a remedy or alternative", "Gave a timeline", "Asked how we can help"];

test("a member calls first from the script, logs what was said once, then confirms in writing", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "member@demo.test");
  const title = unique("Pallet missed the hub cut-off");
  await reportSetback(page, {
    title,
    description: "The pallet missed the hub cut-off.\n\nHow to reach them: Hannah, 0161 555 0199",
    category: "Delay",
    severity: "high",
    impact: "Their customer's installation had to move.",
  });
  const communications = page.getByRole("region", { name: "Communications" });

  await page.getByRole("link", { name: "Draft the call script" }).click();
  await expect(page).toHaveURL(/draft=1/);
  const log = page.getByRole("form", { name: "Log a communication" });
  await expect(log.getByLabel("Channel")).toHaveValue("phone");
  const script = log.getByLabel("Full text");
  await expect(script).toHaveValue(/^Opening: Hello Hannah, this is .*\. I am calling about \[\[what happened, in their words\]\]; do you have a few minutes\?/);
  // Our own words are beside the script, not in it.
  expect(await script.inputValue()).not.toContain(title);
  await expect(script).not.toHaveValue(/installation had to move/);
  await expect(script).toHaveValue(/The impact as they feel it: I understand that \[\[what it meant for you\]\]\./);
  const hints = communications.getByRole("region", { name: "Our own words, for the gaps" });
  await expect(hints).toContainText(`[[what happened, in their words]] Our title: “${title}”`);
  await expect(hints).toContainText("[[what it meant for you]] The impact, as we recorded it: “Their customer's installation had to move.”");
  await expect(script).toHaveValue(/Own it: this was our mistake, and I am sorry\./);
  await expect(script).not.toHaveValue(/0161|How to reach/);
  // The script suggests; the caller ticks.
  for (const check of CHECKS) await expect(log.getByRole("checkbox", { name: check })).not.toBeChecked();
  await expect(log.getByText("The script apologises — tick it if you said it.")).toBeVisible();
  await page.screenshot({ path: "test-results/first-notification-call-script.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await communications.screenshot({ path: "test-results/first-notification-call-script-phone.png" });
  await page.setViewportSize({ width: 1280, height: 800 });

  // A gap left in cannot be logged: the field says which.
  await log.getByRole("button", { name: "Log the call" }).click();
  await expect(log.getByText("Fill in or remove: what happened, in their words; what it meant for you; what we are doing to put it right, and by when; what we offer; what they said")).toBeVisible();
  await expect(communications.getByText("Nothing sent or received yet.")).toBeVisible();

  const said = (await script.inputValue())
    .replace("[[what happened, in their words]]", "the pallet that missed the hub on Friday")
    .replace("[[what it meant for you]]", "your customer's installation had to move")
    .replace("[[what we are doing to put it right, and by when]]", "re-sending the pallet by express tomorrow")
    .replace("[[what we offer]]", "a credit of £150 on the next invoice")
    .replace("[[what they said]]", "Hannah was upset but thanked us; she wants a call once it is delivered");
  await script.fill(said);
  await log.getByLabel("What was promised").fill("A call once it is delivered");
  await log.getByRole("checkbox", { name: "Apologised" }).check();
  await log.getByRole("checkbox", { name: "Gave a timeline" }).check();
  await log.getByRole("button", { name: "Log the call" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Communication logged." })).toBeVisible();
  // The draft closes and the form resets.
  await expect(page).not.toHaveURL(/draft=/);
  await expect(communications.getByText("✓ Apologised · ✓ Gave a timeline · Reaction: Unknown")).toBeVisible();
  await expect(log.getByLabel("Summary")).toHaveValue("");
  await expect(log.getByLabel("Full text")).toHaveValue("");
  for (const check of CHECKS) await expect(log.getByRole("checkbox", { name: check })).not.toBeChecked();

  // A double click logs once; so do two submissions of one rendered form (a resend).
  // The form stays open, its message in view, for the next entry.
  await log.getByLabel("Direction").selectOption("inbound");
  await log.getByLabel("Summary").fill("Hannah emailed the site's new delivery window");
  await log.getByRole("button", { name: "Log communication" }).dblclick();
  await expect(page.getByRole("status").filter({ hasText: "Communication logged." })).toBeVisible();
  await expect(log.getByLabel("Summary")).toHaveValue("");
  await log.getByLabel("Direction").selectOption("inbound");
  await log.getByLabel("Summary").fill("Hannah confirmed the window by phone");
  await log.evaluate((form: HTMLFormElement) => {
    form.requestSubmit();
    form.requestSubmit();
  });
  await expect(communications.getByText("Hannah confirmed the window by phone")).toBeVisible();
  await page.reload();
  await expect(communications.getByText("Hannah emailed the site's new delivery window", { exact: true })).toHaveCount(1);
  await expect(communications.getByText("Hannah confirmed the window by phone", { exact: true })).toHaveCount(1);

  // Then the email confirms in writing what was logged of the call.
  await page.getByRole("link", { name: "Confirm in writing" }).click();
  await expect(page).toHaveURL(/draft=written/);
  await expect(log.getByLabel("Channel")).toHaveValue("email");
  await expect(log.getByLabel("Summary")).toHaveValue("Written confirmation of the call");
  await expect(log.getByLabel("Full text")).toHaveValue(/^Dear Hannah,\n\nThank you for speaking with me on \w+ \d+ \w+\. As promised, here is what we discussed, in writing\./);
  await expect(log.getByLabel("Full text")).toHaveValue(/What we are doing about it: re-sending the pallet by express tomorrow\.\nWhat we offered: a credit of £150 on the next invoice\./);
  expect(await log.getByLabel("Full text").inputValue()).not.toContain(title);
  await expect(log.getByLabel("Full text")).not.toHaveValue(/\bthe client\b|\btheir\b/i);
  await expect(log.getByLabel("Full text")).toHaveValue(/You will hear from me again by .*: a call once it is delivered\./);
  await expect(log.getByLabel("What was promised")).toHaveValue("A call once it is delivered");
  for (const check of CHECKS) await expect(log.getByRole("checkbox", { name: check })).not.toBeChecked();
  await communications.screenshot({ path: "test-results/first-notification-confirm.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await communications.screenshot({ path: "test-results/first-notification-confirm-phone.png" });
});

test("a written first notification quotes the title the client knows and speaks to them, never of them", async ({ page }) => {
  await signIn(page, "member@demo.test");
  const title = unique("Invoice sent to the client's old address");
  await reportSetback(page, {
    title,
    description: "We posted the November invoice to the address on file before the move.",
    category: "Billing error",
    severity: "medium",
    impact: "The client paid late and was charged interest by their bank.",
    clientTitle: "Your November invoice",
  });

  await page.getByRole("link", { name: "Draft the first notification" }).click();
  const log = page.getByRole("form", { name: "Log a communication" });
  const text = log.getByLabel("Full text");
  await expect(text).toHaveValue(/^Dear Hannah,\n\nI am writing to tell you about a problem we caused: “Your November invoice”\. This was our mistake, and I am sorry\.\n\nWe posted the November invoice to the address on file before the move\. I understand that \[\[what it meant for you\]\]\./);
  await expect(text).not.toHaveValue(/old address|charged interest|\bthe client\b|\btheir\b/i);
  await expect(log.getByLabel("Summary")).toHaveValue("First notification: Your November invoice");
  await expect(page.getByRole("region", { name: "Our own words, for the gaps" })).toContainText("[[what it meant for you]] The impact, as we recorded it: “The client paid late and was charged interest by their bank.”");
  await page.locator("#log-communication").scrollIntoViewIfNeeded();
  await shoot(page, "first-notification-written");
});

test("a client's own report, not yet assessed, is answered by a call that names its reference, never with their message", async ({ page, browser }) => {
  const token = execFileSync("npx", ["tsx", "e2e/make-links.ts", "1"], { env: { ...process.env, DATABASE_URL: E2E_DATABASE }, encoding: "utf8" }).trim();
  const visitor = await browser.newContext();
  const client = await visitor.newPage();
  await client.goto(`/feedback/${token}`);
  const firstLine = unique("The tracking page has shown the same depot since Monday");
  await client.getByLabel("What happened?").fill(`${firstLine}, and nobody has called back\nWe need the parts for Thursday.`);
  await client.getByRole("button", { name: "Send" }).click();
  const thanks = client.getByRole("status").filter({ hasText: /we have it as SB-\d{4}/ });
  await expect(thanks).toBeVisible();
  const reference = /SB-\d{4}/.exec((await thanks.textContent())!)![0];
  await visitor.close();

  await signIn(page, "member@demo.test");
  await page.goto(`/setbacks/${reference}?draft=1#log-communication`);
  const text = page.getByRole("form", { name: "Log a communication" }).getByLabel("Full text");
  // Not yet assessed, it runs on the critical targets (decision 013): the draft is a call first.
  await expect(text).toHaveValue(new RegExp(`^Opening: Hello [^,\\n]+, this is Sam Patel\\. I am calling about the report you sent us, ${reference}; do you have a few minutes\\?`));
  await expect(text).toHaveValue(/you will hear from me again by \w+ \d+ \w+/);
  await expect(text).not.toHaveValue(/tracking page|depot|…/);
  await shoot(page, "first-notification-report-reply");
});
