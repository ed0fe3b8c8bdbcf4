import os from "node:os";
import path from "node:path";
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

/**
 * Desktop (1280 wide) and phone (390 wide) screenshots of what `page` shows, for a person to look
 * at: SCREENSHOT_DIR/<name>-desktop.png and -phone.png (by default in the system's temporary
 * folder, amends-screenshots-<E2E_PORT>: Playwright empties test-results/ at the start of every run).
 * The viewport is put back afterwards.
 */
export async function shoot(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), `amends-screenshots-${process.env.E2E_PORT ?? "e2e"}`);
  const before = page.viewportSize();
  for (const [size, width] of [["desktop", 1280], ["phone", 390]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${size}.png` });
  }
  if (before) await page.setViewportSize(before);
}
