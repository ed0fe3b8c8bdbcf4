import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_DATABASE } from "./env";
import { signIn, unique } from "./helpers";
import { copyOfE2eDatabase, startOwnServer, type OwnServer } from "./own-server";

// Every instant the app takes lies between 1 Jan 1970 and 31 Dec 2099 (lib/time/window.ts); a
// value outside, from a form or the API, is refused on its field. A value already stored that no
// page can format (JavaScript's dates end at ±8,640,000,000,000,000 ms) is shown as out of range.
const OUTSIDE = "must be between 1 Jan 1970 and 31 Dec 2099";
const UNSHOWN = "date out of range";
const FAR_PAST = -9_007_199_254_740_991;
const FAR_FUTURE = 9_007_199_254_740_991;
const JUST_PAST_JS = 8_640_000_000_000_001;

let auth: Record<string, string> = {};
test.beforeAll(() => {
  const token = execFileSync("npx", ["tsx", "scripts/token-create.ts", "--email", "member@demo.test", "--name", "Dates"], { env: { ...process.env, DATABASE_URL: E2E_DATABASE }, encoding: "utf8" })
    .trim().split("\n").at(-1)!;
  auth = { authorization: `Bearer ${token}` };
});

async function newSetback(request: APIRequestContext, clientName: string, title: string) {
  const client = await request.post("/api/v1/clients", { headers: auth, data: { name: clientName } });
  expect(client.status()).toBe(201);
  const { id: clientId } = await client.json();
  const now = new Date().toISOString();
  const made = await request.post("/api/v1/setbacks", {
    headers: auth,
    data: { clientId, title, category: "delay", severity: "high", fault: "ours", source: "internal", occurredAt: now, discoveredAt: now, sharedWithClient: true },
  });
  expect(made.status()).toBe(201);
  return { clientId: clientId as number, reference: (await made.json()).reference as string };
}

test("the probe's API requests are refused, each on its field", async ({ request }) => {
  const { clientId, reference } = await newSetback(request, unique("Far Away Ltd"), "A setback");
  const setback = await request.post("/api/v1/setbacks", {
    headers: auth,
    data: { clientId, title: "Long ago", category: "delay", severity: "high", fault: "ours", source: "internal", occurredAt: FAR_PAST, discoveredAt: FAR_PAST },
  });
  expect(setback.status()).toBe(400);
  expect((await setback.json()).errors).toEqual([
    { field: "occurredAt", message: `Occurred at ${OUTSIDE}` },
    { field: "discoveredAt", message: `Discovered at ${OUTSIDE}` },
  ]);
  const promise = await request.post(`/api/v1/setbacks/${reference}/communications`, {
    headers: auth,
    data: { direction: "outbound", channel: "email", occurredAt: new Date().toISOString(), summary: "Wrote", promise: "A refund", promiseDueAt: FAR_FUTURE },
  });
  expect(promise.status()).toBe(400);
  expect((await promise.json()).errors).toEqual([{ field: "promiseDueAt", message: `Promised by ${OUTSIDE}` }]);
  const sixDigits = await request.post(`/api/v1/setbacks/${reference}/communications`, {
    headers: auth,
    data: { direction: "outbound", channel: "email", occurredAt: "+275760-09-13T00:00:00Z", summary: "Wrote" },
  });
  expect((await sixDigits.json()).errors).toEqual([{ field: "occurredAt", message: "When cannot be in the future" }]);
});

test("a form's date outside 1970–2099 is refused with the message beside the field", async ({ page, request }) => {
  const { reference } = await newSetback(request, unique("Far Away Ltd"), "A setback");
  await signIn(page, "member@demo.test");
  await page.goto("/setbacks/new");
  await page.getByRole("combobox", { name: "Client", exact: true }).selectOption({ index: 1 });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Moon landing delayed");
  await page.getByLabel("Category").selectOption({ label: "Delay" });
  await page.getByLabel("Severity").selectOption("low");
  await page.getByLabel("Fault").selectOption("ours");
  await page.getByLabel("Occurred at").fill("1969-07-20T20:17");
  await page.getByLabel("Discovered at").fill("2026-01-10T10:00");
  await page.getByRole("button", { name: "Report setback" }).click();
  await expect(page.getByLabel("Occurred at")).toHaveAccessibleDescription(`Occurred at ${OUTSIDE}`);
  await expect(page.getByLabel("Occurred at")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/setbacks\/new$/);

  await page.goto(`/setbacks/${reference}`);
  await page.locator("summary").filter({ hasText: "Log a communication" }).click();
  const log = page.getByRole("form", { name: "Log a communication" });
  await log.getByLabel("Summary").fill("Promised a refund");
  await log.getByLabel("Promised by").fill("20260-01-01");
  await log.getByRole("button", { name: "Log communication" }).click();
  await expect(log.getByLabel("Promised by")).toHaveAccessibleDescription(`Promised by ${OUTSIDE}`);
  await expect(page.getByRole("region", { name: "Communications" }).getByText("Promised a refund")).toHaveCount(0);
});

test.describe("with a stored date no page can format", () => {
  // What the probe stored before the window existed can now only be written by hand, behind the
  // application's back: on a copy of the database, served by a server of its own.
  let copy: Awaited<ReturnType<typeof copyOfE2eDatabase>>;
  let server: OwnServer;
  test.beforeAll(async () => {
    copy = await copyOfE2eDatabase();
    server = await startOwnServer({ DATABASE_URL: copy.file });
  });
  test.afterAll(async () => {
    await server?.stop();
    copy?.remove();
  });

  test("pages and the trail still show", async ({ browser, playwright }) => {
    const request = await playwright.request.newContext({ baseURL: server.base });
    const clientName = unique("Stored Dates Ltd");
    const { clientId, reference } = await newSetback(request, clientName, "Promise far ahead");
    const other = await request.post("/api/v1/setbacks", {
      headers: auth,
      data: { clientId, title: "Dated at the edge of time", category: "delay", severity: "high", fault: "ours", source: "internal", occurredAt: new Date().toISOString(), discoveredAt: new Date().toISOString() },
    });
    const far = (await other.json()).reference as string;
    await request.dispose();
    const db = new Database(copy.file);
    try {
      const id = (ref: string) => (db.prepare("select id from setbacks where number = ?").get(Number(ref.slice(3))) as { id: number }).id;
      db.prepare("update setbacks set occurred_at = ?, discovered_at = ? where id = ?").run(FAR_PAST, FAR_PAST, id(far));
      const insert = db.prepare("insert into communications (setback_id, direction, channel, occurred_at, summary, promise, promise_due_at, created_at) values (?, ?, 'email', ?, ?, ?, ?, ?)");
      insert.run(id(reference), "outbound", Date.now() - 60_000, "Wrote about the refund", "A refund", FAR_FUTURE, Date.now());
      // Received, so the refund's promise still stands (decision 012: a later message we sent would keep it).
      insert.run(id(reference), "inbound", JUST_PAST_JS, "Wrote from the future", "", null, Date.now());
    } finally {
      db.close();
    }

    const context = await browser.newContext({ baseURL: server.base });
    const page = await context.newPage();
    await signIn(page, "manager@demo.test");
    const pages: [string, string | null][] = [
      ["/setbacks", null],
      [`/setbacks?q=${encodeURIComponent("edge of time")}`, UNSHOWN],
      [`/clients/${clientId}`, null],
      [`/setbacks/${far}`, UNSHOWN],
      [`/setbacks/${reference}`, UNSHOWN],
      [`/setbacks/${reference}?edit=1`, null],
      ["/board", null],
      ["/follow-ups", null],
      [`/audit?show=communications&clientId=${clientId}`, UNSHOWN],
      ["/reports", null],
      ["/retrospectives", null],
    ];
    for (const [path, text] of pages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
      if (text) await expect(page.getByText(text).first(), path).toBeVisible();
    }
    await page.goto(`/setbacks/${far}`);
    // Occurred and discovered at, each shown as out of range, with no gap computed between them.
    await expect(page.getByRole("definition").filter({ hasText: UNSHOWN })).toHaveText([UNSHOWN, UNSHOWN]);

    const csv = await page.request.get(`/clients/${clientId}/trail?format=csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(`A refund,${UNSHOWN} (${FAR_FUTURE})`);

    // The client's own page shows the status with the promise it cannot date.
    await page.goto(`/clients/${clientId}`);
    await page.getByLabel("Link label").fill("Operations");
    await page.getByRole("button", { name: "Create link" }).click();
    const link = (await page.getByRole("status").filter({ hasText: "Link created" }).textContent())!.match(/\/feedback\/\S+/)![0];
    const client = await browser.newContext({ baseURL: server.base });
    try {
      const visitor = await client.newPage();
      const response = await visitor.goto(link);
      expect(response?.status()).toBe(200);
      await expect(visitor.getByRole("heading", { name: "What we are working on for you" })).toBeVisible();
      // Not marked shown to the client, the communication is no update to them; its promise is.
      await expect(visitor.getByText("Last update: none yet")).toBeVisible();
      await expect(visitor.getByText(`Next update by: ${UNSHOWN}`)).toBeVisible();
    } finally {
      await client.close();
    }
    await context.close();
  });
});
