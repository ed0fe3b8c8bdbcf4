import { expect, test } from "@playwright/test";
import { signIn, unusedEmail } from "./helpers";

test("an anonymous visitor is sent to the sign-in page", async ({ page }) => {
  await page.goto("/clients");
  await expect(page).toHaveURL(/\/login\?next=%2Fclients$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("a wrong password shows an error and gives no session", async ({ page, context }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("member@demo.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That email and password do not match an active account." })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("member@demo.test");
  const cookies = await context.cookies();
  expect(cookies.filter((c) => c.name.includes("session-token"))).toEqual([]);
  await page.goto("/setbacks");
  await expect(page).toHaveURL(/\/login/);
});

test("a member signs in, is refused the users page, and signs out", async ({ page, context }) => {
  await signIn(page, "member@demo.test");
  // The session cookie is out of scripts' reach and not sent on cross-site requests.
  const session = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  // It ends 8 hours after sign-in (the token inside carries the same expiry).
  expect(Math.abs(session!.expires * 1000 - (Date.now() + 8 * 3_600_000))).toBeLessThan(120_000);
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  const response = await page.goto("/settings/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();

  await page.goto("/setbacks");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/setbacks");
  await expect(page).toHaveURL(/\/login/);
});

test("after five wrong passwords the account must wait, and the form says how long", async ({ page }) => {
  // An address of its own (unknown accounts are throttled like known ones), so a retry or an
  // earlier run never starts with the account already waiting.
  const email = unusedEmail("guesser");
  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`guess-${i}`);
    // Wait for the answer to this very submission: the previous attempt's message is still on
    // screen and reads the same, so the alert alone cannot tell the two answers apart.
    const answer = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login");
    await page.getByRole("button", { name: "Sign in" }).click();
    await answer;
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    await expect(page.getByRole("alert").filter({ hasText: i < 4 ? "do not match" : "Too many failed sign-ins" })).toBeVisible();
  }
  await expect(page.getByRole("alert").filter({ hasText: /Try again in \d+ seconds?\./ })).toBeVisible();
});

