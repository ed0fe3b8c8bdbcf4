import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn, unique } from "./helpers";

const SIGNED_IN = [
  "/board",
  "/board?closed=1",
  "/follow-ups",
  "/inbox",
  "/setbacks",
  "/setbacks/new",
  "/setbacks/SB-0038",
  "/setbacks/SB-0038?edit=1",
  "/setbacks/SB-0038?draft=1",
  "/setbacks/SB-0001",
  "/clients",
  "/clients/new",
  "/clients/1",
  "/reports",
  "/retrospectives",
  "/audit",
  "/audit?show=communications",
  "/settings",
  "/settings/users",
  "/settings/tokens",
  "/settings/notifications",
  "/settings/deliveries",
  "/settings/import",
];

/** Serious and critical WCAG 2 A/AA violations on the page as it is now, as readable lines. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

test("the sign-in page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/login");
  expect(await violations(page)).toEqual([]);
});

// One test per page, so that a slow page on a busy machine has its own time, and a failure names
// its page.
for (const path of SIGNED_IN) {
  test(`${path} has no serious accessibility violations`, async ({ page }) => {
    test.setTimeout(60_000);
    await signIn(page, "admin@demo.test");
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await violations(page)).toEqual([]);
  });
}

for (const path of ["/login", ...SIGNED_IN]) {
  test(`on a 320-pixel-wide screen ${path} does not scroll sideways (tables scroll in their own box)`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 320, height: 800 });
    if (path !== "/login") await signIn(page, "admin@demo.test");
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

test("a client's link page, an audit event, and the 403 and 404 pages have no serious violations and fit a phone", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signIn(page, "admin@demo.test");
  await page.goto("/clients/1");
  const form = page.getByRole("form", { name: "Create a client link" });
  await form.getByLabel("Link label").fill(unique("Accessibility"));
  await form.getByRole("button", { name: "Create link" }).click();
  const link = (await form.getByRole("status").textContent())!.match(/\/feedback\/[A-Za-z0-9_-]{43}/)![0];
  // The link, shown once, wraps inside its message on a phone instead of running off the screen.
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "the new link's message at 320 px").toBeLessThanOrEqual(320);

  const member = await (await browser.newContext()).newPage();
  await signIn(member, "member@demo.test");
  const visitor = await (await browser.newContext()).newPage();
  const found: string[] = [];
  for (const [who, path, heading] of [
    [visitor, link, "Is anything not working for you?"],
    [page, "/audit/events/1", /Event 1/],
    [member, "/settings/users", "You do not have access to this page"],
    [page, "/setbacks/SB-9999", /not found/i],
  ] as const) {
    for (const width of [1280, 320]) {
      await who.setViewportSize({ width, height: 800 });
      await who.goto(path);
      await expect(who.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      if (width === 1280) found.push(...(await violations(who)).map((v) => `${path}: ${v}`));
      else if ((await who.evaluate(() => document.documentElement.scrollWidth)) > width) found.push(`${path}: wider than ${width}px`);
    }
  }
  await Promise.all([member.context().close(), visitor.context().close()]);
  expect(found).toEqual([]);
});

test("on a phone, the users table and Needs me have no serious violations, with “Skip to content” focused", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, "admin@demo.test");
  await page.setViewportSize({ width: 390, height: 844 });
  const found: string[] = [];
  for (const path of ["/settings/users", "/inbox"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    found.push(...(await violations(page)).map((v) => `${path}: ${v}`));
  }
  expect(found).toEqual([]);
});
