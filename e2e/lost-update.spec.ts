import { expect, test } from "@playwright/test";
import { signIn, unique } from "./helpers";

test("two people edit the same setback: the later save from the older page is refused, nothing is lost", async ({ browser }) => {
  const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
  const alex = await first.newPage();
  const sam = await second.newPage();
  await signIn(alex, "manager@demo.test");
  await signIn(sam, "member@demo.test");
  for (const page of [alex, sam]) {
    await page.goto("/setbacks/SB-0030?edit=1");
    await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
  }

  const title = unique("Courier lost the spare parts");
  await alex.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await alex.getByRole("button", { name: "Save changes" }).click();
  await expect(alex.getByRole("status").filter({ hasText: "Setback saved" })).toBeVisible();

  // Sam's page still shows the version before Alex's save.
  await sam.getByLabel("Impact on the client").fill("Sam's note written over the old version");
  await sam.getByRole("button", { name: "Save changes" }).click();
  await expect(sam.getByRole("alert").filter({ hasText: "This setback changed since you opened it" })).toBeVisible();
  await expect(sam.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(title);
  await expect(sam.getByLabel("Impact on the client")).not.toHaveValue("Sam's note written over the old version");
  await expect(sam.getByRole("heading", { level: 1 })).toContainText(title);

  // Made again on the newer version, Sam's change goes in beside Alex's.
  await sam.getByLabel("Impact on the client").fill("Sam's note on the newer version");
  await sam.getByRole("button", { name: "Save changes" }).click();
  await expect(sam.getByRole("status").filter({ hasText: "Setback saved" })).toBeVisible();
  await expect(sam.getByLabel("Impact on the client")).toHaveValue("Sam's note on the newer version");
  await expect(sam.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(title);
  await Promise.all([first.close(), second.close()]);
});

test("two people edit the same client's notes: the save from the older page is refused and shows the newer notes", async ({ browser }) => {
  const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
  const alex = await first.newPage();
  const sam = await second.newPage();
  await signIn(alex, "manager@demo.test");
  await signIn(sam, "member@demo.test");
  const name = unique("Harbour Supplies");
  await alex.goto("/clients/new");
  await alex.getByLabel("Name").fill(name);
  await alex.getByRole("button", { name: "Create client" }).click();
  await expect(alex.getByRole("heading", { level: 1, name })).toBeVisible();
  await sam.goto(alex.url());

  await alex.getByLabel("Notes").fill("Prefers a call before any email");
  await alex.getByRole("button", { name: "Save client" }).click();
  await expect(alex.getByRole("status").filter({ hasText: "Client saved." })).toBeVisible();

  await sam.getByLabel("Notes").fill("Sam's notes over the old version");
  await sam.getByRole("button", { name: "Save client" }).click();
  await expect(sam.getByRole("alert").filter({ hasText: "This client changed since you opened it" })).toBeVisible();
  await expect(sam.getByLabel("Notes")).toHaveValue("Prefers a call before any email");

  await sam.getByLabel("Notes").fill("Prefers a call before any email; invoices to accounts@");
  await sam.getByRole("button", { name: "Save client" }).click();
  await expect(sam.getByRole("status").filter({ hasText: "Client saved." })).toBeVisible();
  await alex.reload();
  await expect(alex.getByLabel("Notes")).toHaveValue("Prefers a call before any email; invoices to accounts@");
  await Promise.all([first.close(), second.close()]);
});
