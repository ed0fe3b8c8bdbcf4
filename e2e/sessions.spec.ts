// Issue 13, finding 6: signing out ends the session on the server, not only in the browser that
// signed out. A cookie copied before sign-out (by a person at the same desk, a proxy log, a
// stolen laptop's profile) opens nothing afterwards.
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { signIn } from "./helpers";

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
