import { expect, test, type Page } from "@playwright/test";
import { shoot, signIn, unique } from "./helpers";

/** Creates a user through the Users page (the admin is signed in on `page`). */
async function createUser(page: Page, person: string, role: "member" | "manager") {
  await page.getByRole("link", { name: "Users" }).click();
  const name = unique(person);
  const email = `${name.split(" ").pop()}@demo.test`;
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByRole("textbox", { name: "Email", exact: true }).fill(email);
  await page.getByRole("combobox", { name: "Role", exact: true }).selectOption(role);
  await page.getByLabel("Initial password").fill("a-long-password");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("User created.")).toBeVisible();
  return { name, email };
}

test("an admin creates a user, who signs in, and once deactivated cannot", async ({ page, browser }) => {
  await signIn(page, "admin@demo.test");
  const { name, email } = await createUser(page, "Rosa Diaz", "manager");
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Manager");

  const other = await browser.newPage();
  await signIn(other, email, "a-long-password");
  await expect(other.getByText(`${name} (manager)`)).toBeVisible();
  expect(await (await other.request.get("/api/auth/session")).json()).toMatchObject({ user: { email } });

  // Deactivating asks first, naming what happens, with Cancel focused; cancelling changes nothing.
  const confirm = page.getByRole("dialog", { name: `Deactivate ${name}?` });
  await row.getByRole("button", { name: `Deactivate ${name}` }).click();
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText("They are signed out and cannot sign in until reactivated.");
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await shoot(page, "confirm-deactivate");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await expect(row.getByRole("cell").nth(3)).toHaveText("Active");
  expect(await (await other.request.get("/api/auth/session")).json()).toMatchObject({ user: { email } });
  // Escape cancels too.
  await row.getByRole("button", { name: `Deactivate ${name}` }).click();
  await expect(confirm).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(confirm).toBeHidden();
  await expect(row.getByRole("cell").nth(3)).toHaveText("Active");

  await row.getByRole("button", { name: `Deactivate ${name}` }).click();
  await confirm.getByRole("button", { name: "Deactivate", exact: true }).click();
  await expect(row).toContainText("Deactivated");

  // The open session ends at once (Auth.js's own endpoint too), and a new sign-in is refused.
  expect(await (await other.request.get("/api/auth/session")).json()).toBeNull();
  await other.goto("/setbacks");
  await expect(other).toHaveURL(/\/login/);
  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password").fill("a-long-password");
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "do not match an active account" })).toBeVisible();
});

test("a role change ends the user's open sessions, not the admin's; signed in again, the new role applies", async ({ page, browser }) => {
  await signIn(page, "admin@demo.test");
  const { name, email } = await createUser(page, "Jake Peralta", "manager");

  const other = await browser.newPage();
  await signIn(other, email, "a-long-password");
  await other.goto("/audit");
  await expect(other.getByRole("button", { name: "Verify the chain" })).toBeVisible();

  await page.getByRole("combobox", { name: `Role of ${name}` }).selectOption("member");
  await page.getByRole("button", { name: `Change role of ${name}` }).click();
  // A lower role takes access away: it asks first.
  const confirm = page.getByRole("dialog", { name: `Make ${name} a member?` });
  await expect(confirm).toContainText("They lose what a manager may do, and their open sessions end");
  await confirm.getByRole("button", { name: "Change role" }).click();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row.getByRole("status")).toHaveText("Role changed.");
  await expect(row.getByRole("cell").nth(2)).toHaveText("Member");
  await expect(row.getByRole("combobox", { name: `Role of ${name}` })).toHaveValue("member");

  // The page was rendered for a manager; its button now finds the session ended: sign in again.
  await other.getByRole("button", { name: "Verify the chain" }).click();
  await expect(other).toHaveURL(/\/login/);
  await expect(other.getByText(/ok: \d+ events/)).toHaveCount(0);
  expect(await (await other.request.get("/api/auth/session")).json()).toBeNull();

  // The admin who changed it is still signed in.
  expect(await (await page.request.get("/api/auth/session")).json()).toMatchObject({ user: { email: "admin@demo.test" } });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

  await signIn(other, email, "a-long-password");
  await expect(other.getByText(`${name} (member)`)).toBeVisible();
  await expect(other.getByRole("link", { name: "Reports" })).toHaveCount(0);
  await other.goto("/reports");
  await expect(other.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await other.close();
});

test("a refused user creation keeps what was typed but never sends the password back", async ({ page }) => {
  await signIn(page, "admin@demo.test");
  await page.getByRole("link", { name: "Users" }).click();
  const name = unique("Amy Santiago");
  const password = `never-echoed-${Date.now()}`;
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  // An email that is taken: refused by the command, after every field was read.
  await page.getByRole("textbox", { name: "Email", exact: true }).fill("member@demo.test");
  await page.getByLabel("Initial password").fill(password);
  // The server action's answer as the browser receives it (the RSC payload of the form state),
  // passed through unchanged; read here because the browser may not keep a streamed body.
  const answers: string[] = [];
  await page.route("**/settings/users", async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    const response = await route.fetch();
    const text = await response.text();
    answers.push(text);
    await route.fulfill({ response, body: text });
  });
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "A user with this email already exists" })).toBeVisible();
  expect(answers).toHaveLength(1);
  const body = answers[0];
  expect(body).toContain("A user with this email already exists");
  expect(body).toContain(`"name":"${name}"`); // the typed values do come back…
  expect(body).not.toContain(password); // …but not the password

  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(name);
  await expect(page.getByRole("textbox", { name: "Email", exact: true })).toHaveValue("member@demo.test");
  await expect(page.getByLabel("Initial password")).toHaveValue("");
  await expect(page.locator("body")).not.toContainText(password);
});

test("on a phone the users table reads without scrolling sideways: email and status under each name", async ({ page }) => {
  await signIn(page, "admin@demo.test");
  await createUser(page, "Amy Santiago-Montgomery-Fitzgerald", "member");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/settings/users");
  const table = page.getByRole("table");
  await expect(table).toBeVisible();
  // Nothing wider than the screen: neither the page nor the table's own scroller.
  const widths = await table.evaluate((t) => ({ scroller: t.parentElement!.scrollWidth - t.parentElement!.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth }));
  expect(widths).toEqual({ scroller: 0, page: 0 });
  const row = page.getByRole("row").filter({ hasText: "Tom Okafor" });
  await expect(row.getByText("tom@demo.test").filter({ visible: true })).toHaveCount(1);
  await expect(row.getByText(/^(Member|Manager|Admin) · Active$/)).toBeVisible();
  await expect(row.getByRole("button", { name: "Deactivate Tom Okafor" })).toBeVisible();
  await shoot(page, "users");
});
