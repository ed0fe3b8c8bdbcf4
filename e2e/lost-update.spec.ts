import { expect, test, type Browser } from "@playwright/test";
import { signIn, unique } from "./helpers";

/** Alex (a manager) and Sam (a member, unless told), each signed in in a browser of their own. */
async function twoPeople(browser: Browser, samEmail = "member@demo.test") {
  const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [alex, sam] = await Promise.all([first.newPage(), second.newPage()]);
  await signIn(alex, "manager@demo.test");
  await signIn(sam, samEmail);
  return { alex, sam, done: () => Promise.all([first.close(), second.close()]) };
}

test("two people edit the same setback: the later save from the older page is refused, nothing is lost", async ({ browser }) => {
  const { alex, sam, done } = await twoPeople(browser);
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
  await done();
});

test("two people edit the same client's notes: the save from the older page is refused and shows the newer notes", async ({ browser }) => {
  const { alex, sam, done } = await twoPeople(browser);
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
  await done();
});

test("two people write the same setback's lesson: the second save, from the page without it, is refused and shows the first", async ({ browser }) => {
  const { alex, sam, done } = await twoPeople(browser);
  for (const page of [alex, sam]) {
    await page.goto("/setbacks/SB-0027");
    await page.getByText("Write the lesson").click();
  }
  const lessonOf = (page: typeof alex) => page.getByRole("form", { name: "Lesson" });
  const rootCause = unique("The courier's cut-off moved");
  await lessonOf(alex).getByLabel("Root-cause category").selectOption({ index: 1 });
  await lessonOf(alex).getByRole("textbox", { name: "Root cause", exact: true }).fill(rootCause);
  await lessonOf(alex).getByRole("button", { name: "Save lesson" }).click();
  await expect(lessonOf(alex).getByRole("status")).toHaveText("Lesson saved.");

  await lessonOf(sam).getByLabel("Root-cause category").selectOption({ index: 1 });
  await lessonOf(sam).getByRole("textbox", { name: "Root cause", exact: true }).fill("Sam's cause, written without Alex's");
  await lessonOf(sam).getByRole("button", { name: "Save lesson" }).click();
  await expect(lessonOf(sam).getByRole("alert")).toContainText("This lesson changed since you opened it");
  await expect(lessonOf(sam).getByRole("textbox", { name: "Root cause", exact: true })).toHaveValue(rootCause);
  await expect(sam.getByText(`Root cause: ${rootCause}`)).toBeVisible();
  await done();
});

test("two managers save notes for the same retrospective: the save from the older page is refused and shows the newer notes", async ({ browser }) => {
  const { alex, sam: admin, done } = await twoPeople(browser, "admin@demo.test");
  const notesOf = (page: typeof alex) => page.getByRole("form", { name: "Retrospective notes" });
  for (const page of [alex, admin]) await page.goto("/retrospectives?period=quarter&quarter=2024-Q2");
  const notes = unique("Call before emailing");
  await notesOf(alex).getByLabel("Notes for this period").fill(notes);
  await notesOf(alex).getByRole("button", { name: "Save notes" }).click();
  await expect(notesOf(alex).getByRole("status")).toHaveText("Notes saved.");

  await notesOf(admin).getByLabel("Notes for this period").fill("The admin's notes over the older page");
  await notesOf(admin).getByRole("button", { name: "Save notes" }).click();
  await expect(notesOf(admin).getByRole("alert")).toContainText("Someone saved these notes since you opened them");
  await expect(notesOf(admin).getByLabel("Notes for this period")).toHaveValue(notes);
  await done();
});
