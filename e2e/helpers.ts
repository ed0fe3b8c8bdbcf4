import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "amends-demo";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** A name no other test run has used, so tests can share one database. */
export function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** An email no account and no earlier run or retry has used: its sign-in failures start at none. */
export function unusedEmail(prefix: string): string {
  return `${unique(prefix).replace(/\W+/g, "-")}@demo.test`.toLowerCase();
}
