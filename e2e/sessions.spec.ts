// Issue 13, finding 6: signing out ends the session on the server, not only in the browser that
// signed out. A cookie copied before sign-out (by a person at the same desk, a proxy log, a
// stolen laptop's profile) opens nothing afterwards.
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

/** A second browser holding a copy of `context`'s cookies, as someone who copied them would. */
async function copyOf(browser: Browser, context: BrowserContext): Promise<BrowserContext> {
  const copy = await browser.newContext();
  await copy.addCookies(await context.cookies());
  return copy;
}

async function sessionOf(context: BrowserContext): Promise<unknown> {
  const response = await context.request.get("/api/auth/session");
  expect(response.status()).toBe(200);
  return response.json();
}

test("after the Sign out button, a cookie copied before opens neither the board nor /api/auth/session", async ({ page, context, browser }) => {
  await signIn(page, "member@demo.test");
  const copy = await copyOf(browser, context);
  const copied = await copy.newPage();
  await copied.goto("/board");
  await expect(copied.getByRole("heading", { level: 1, name: "Board" })).toBeVisible();
  expect(await sessionOf(copy)).toMatchObject({ user: { email: "member@demo.test" } });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  await copied.goto("/board");
  await expect(copied).toHaveURL(/\/login/);
  await expect(copied.getByRole("button", { name: "Sign in" })).toBeVisible();
  expect(await sessionOf(copy)).toBeNull();
  await copy.close();
});

test("POST /api/auth/signout with its CSRF token ends the session on the server; without the token it does nothing", async ({ page, context, browser }) => {
  await signIn(page, "member@demo.test");
  const copy = await copyOf(browser, context);

  // Auth.js refuses a sign-out without the CSRF token (double-submit: cookie and form field).
  const refused = await context.request.post("/api/auth/signout", { form: { csrfToken: "forged" }, maxRedirects: 0 });
  expect(refused.headers()["location"]).toMatch(/error=MissingCSRF/);
  expect(await sessionOf(copy)).toMatchObject({ user: { email: "member@demo.test" } });

  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedOut = await context.request.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
  expect(signedOut.status()).toBe(302);
  expect(await sessionOf(copy)).toBeNull();
  const copied = await copy.newPage();
  await copied.goto("/board");
  await expect(copied).toHaveURL(/\/login/);
  await copy.close();
});

test("a person whose session ended elsewhere is told so: a form keeps what was typed, and signing in again returns to the page", async ({ page, context, browser }) => {
  await signIn(page, "member@demo.test");
  await page.goto("/clients/new");
  await page.getByLabel("Name").fill("Half-typed Client Ltd");
  await page.getByLabel("Notes").fill("Met at the trade fair");

  // The same person signs out in another browser: every session of theirs ends.
  const other = await copyOf(browser, context);
  const otherPage = await other.newPage();
  await otherPage.goto("/board");
  await otherPage.getByRole("button", { name: "Sign out" }).click();
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();

  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Your session has ended" })).toHaveText("Your session has ended (you signed out elsewhere, or your account was changed), so nothing was saved. Sign in again in another tab, then send this form again: what you typed is still here.");
  await expect(page.getByLabel("Name")).toHaveValue("Half-typed Client Ltd");
  await expect(page.getByLabel("Notes")).toHaveValue("Met at the trade fair");

  await page.goto("/clients?q=fair");
  await expect(page).toHaveURL(/\/login\?next=%2Fclients%3Fq%3Dfair$/);
  await expect(page.getByRole("status")).toHaveText("Your session has ended: you signed out elsewhere, or your account was changed. Sign in again.");
  await page.getByLabel("Email").fill("member@demo.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/clients\?q=fair$/);
});
