// The small pages the server in front and proxy.ts answer themselves (a damaged link, a form from
// another site, a URL too long, …) have no stylesheet of the app's, yet must look like the
// app's own 404 page: its background, type and colours, the app's name, plain words, a link back.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

/** What a person sees of a page's look: the computed styles of its parts. */
async function looks(page: Page) {
  return page.evaluate(() => {
    const style = (selector: string, props: string[]) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const computed = getComputedStyle(element);
      return Object.fromEntries(props.map((p) => [p, computed.getPropertyValue(p)]));
    };
    return {
      body: style("body", ["background-color", "color", "font-family", "margin-top"]),
      main: style("main", ["max-width", "padding-top", "text-align"]),
      heading: style("h1", ["font-size", "line-height", "font-weight", "color"]),
      text: style("h1 + p", ["font-size", "color", "margin-top"]),
      link: style("main a[href='/']", ["color", "text-decoration-line", "margin-top", "display"]),
    };
  });
}

/** The Amends label of the sign-in page. */
async function nameLooks(page: Page) {
  return page.getByText("Amends", { exact: true }).evaluate((element) => {
    const computed = getComputedStyle(element);
    return ["font-size", "font-weight", "color", "text-transform", "letter-spacing"].map((p) => computed.getPropertyValue(p));
  });
}

async function expectTheLook(page: Page, app: Awaited<ReturnType<typeof looks>>, name: string[], heading: string, what: string) {
  await expect(page.getByRole("heading", { level: 1 }), what).toHaveText(heading);
  await expect(page.getByRole("link", { name: "Back to Amends" }), what).toHaveAttribute("href", "/");
  expect(await looks(page), what).toEqual(app);
  expect(await nameLooks(page), what).toEqual(name);
}

test("a damaged link, a form from another site and a URL too long look like the app's own 404 page", async ({ page, browser }) => {
  await page.goto("/login");
  const name = await nameLooks(page);
  await signIn(page, "admin@demo.test");
  expect((await page.goto("/no-such-page"))?.status()).toBe(404);
  const app = await looks(page);
  for (const [part, style] of Object.entries(app)) expect(style, `the 404 page's ${part}`).not.toBeNull();

  // The server's own page, opened as a person would, signed in.
  expect((await page.goto("/setbacks/SB-%FF%FE"))?.status()).toBe(400);
  await expectTheLook(page, app, name, "This link is damaged", "a damaged link");
  await expect(page.getByText("Part of it cannot be read. Check the link, or go back to Amends.")).toBeVisible();

  // Answers a person reaches by posting or by a very long link, each fetched from the real server
  // and shown in a page of their own, with their own headers (policy included).
  const request = page.request;
  const answers = {
    "a form from another site": await request.post("/login", { headers: { origin: "https://evil.example" }, multipart: { "0": "[]" } }),
    "a URL too long": await request.get(`/board?x=${"a".repeat(9000)}`),
  };
  const context = await browser.newContext();
  const shown = await context.newPage();
  for (const [what, answer] of Object.entries(answers)) {
    expect(answer.status(), what).toBeGreaterThanOrEqual(400);
    const body = await answer.body();
    await shown.route("http://localhost/shown", (route) => route.fulfill({ status: answer.status(), headers: answer.headers(), body }));
    await shown.goto("http://localhost/shown");
    await expect(shown.getByText("Amends", { exact: true }), what).toBeVisible();
    expect(await looks(shown), what).toEqual(app);
    expect(await nameLooks(shown), what).toEqual(name);
    await shown.unroute("http://localhost/shown");
  }
  await context.close();
});
