// The page a person asked for before signing in (`next`) comes from the address bar, so anyone
// can craft it: a line break or a character outside Latin-1 in it once made the redirect after
// sign-in a 500 (ERR_INVALID_CHAR), because it went into the Location header as typed.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";

async function signInFrom(page: Page, next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill("member@demo.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a `next` with a line break in it signs in and goes to the board, not to an error", async ({ page }) => {
  await signInFrom(page, "/clients\r\nSet-Cookie: planted=1");
  await expect(page).toHaveURL(/\/board$/);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("planted");
});

test("a `next` with characters outside Latin-1 arrives percent-encoded, as asked", async ({ page }) => {
  await signInFrom(page, "/clients?q=€uro Café");
  await expect(page).toHaveURL(/\/clients\?q=%E2%82%ACuro%20Caf%C3%A9$/);
  await expect(page.getByRole("searchbox")).toHaveValue("€uro Café");
});

test("a `next` that leads off the site goes to the board", async ({ page }) => {
  await signInFrom(page, "/.//evil.example/");
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/board$/);
});

test("Auth.js's own sign-in endpoint answers a `callbackUrl` with a line break with a same-site redirect", async ({ request }) => {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const answer = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "member@demo.test", password: DEMO_PASSWORD, callbackUrl: "/clients\nX-Planted: 1" },
    maxRedirects: 0,
  });
  expect(answer.status()).toBe(302);
  expect(new URL(answer.headers().location).pathname).toBe("/");
  expect(answer.headers()["x-planted"]).toBeUndefined();
});
