// The first notification records what was said: a high setback is a call first, from a script
// with its gaps marked; nothing is logged with a gap left in, no box is ticked for the caller,
// the logged draft closes, a double click logs once, and the email confirms the call in writing.
import { expect, test, type Page } from "@playwright/test";
import { signIn, unique } from "./helpers";

async function reportHighSetback(page: Page, title: string) {
  await page.goto("/setbacks/new");
  await page.getByRole("combobox", { name: "Client", exact: true }).selectOption({ label: "Northwind Logistics" });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Description").fill("The pallet missed the hub cut-off.\n\nHow to reach them: Hannah, 0161 555 0199");
  await page.getByLabel("Category").selectOption({ label: "Delay" });
  await page.getByLabel("Severity").selectOption("high");
  await page.getByLabel("Fault").selectOption("ours");
  await page.getByLabel("Impact on the client").fill("Their customer's installation had to move.");
  await page.getByRole("button", { name: "Report setback" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
}

const CHECKS = ["Apologised", "Explained the cause", "Offered a remedy or alternative", "Gave a timeline", "Asked how we can help"];

test("a member calls first from the script, logs what was said once, then confirms in writing", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "member@demo.test");
  await reportHighSetback(page, unique("Pallet missed the hub cut-off"));
  const communications = page.getByRole("region", { name: "Communications" });

  await page.getByRole("link", { name: "Draft the call script" }).click();
  await expect(page).toHaveURL(/draft=1/);
  const log = page.getByRole("form", { name: "Log a communication" });
  await expect(log.getByLabel("Channel")).toHaveValue("phone");
  const script = log.getByLabel("Full text");
  await expect(script).toHaveValue(/^Opening: Hello Hannah, this is /);
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
  await expect(log.getByText("Fill in or remove: what we are doing to put it right, and by when; what we offer; what they said")).toBeVisible();
  await expect(communications.getByText("Nothing sent or received yet.")).toBeVisible();

  const said = (await script.inputValue())
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
  await expect(log.getByLabel("Summary")).toHaveValue(/^Written confirmation: Pallet missed the hub cut-off/);
  await expect(log.getByLabel("Full text")).toHaveValue(/Thank you for speaking with me on .*\. As promised, here is what we discussed, in writing\./);
  await expect(log.getByLabel("Full text")).toHaveValue(/What we are doing about it: re-sending the pallet by express tomorrow\.\nWhat we offered: a credit of £150 on the next invoice\./);
  await expect(log.getByLabel("Full text")).toHaveValue(/You will hear from me again by .*: a call once it is delivered\./);
  await expect(log.getByLabel("What was promised")).toHaveValue("A call once it is delivered");
  for (const check of CHECKS) await expect(log.getByRole("checkbox", { name: check })).not.toBeChecked();
  await communications.screenshot({ path: "test-results/first-notification-confirm.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await communications.screenshot({ path: "test-results/first-notification-confirm-phone.png" });
});
