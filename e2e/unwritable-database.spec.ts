// When the database cannot be written, a form says so and keeps what was typed, and
// GET /api/health says so. The one end-to-end server is put in that state honestly, from
// outside and without a switch in the app: another program (this test) holds SQLite's write
// lock, so the server's write waits its 5 s busy timeout and gets SQLITE_BUSY — the same typed
// refusal, through the same code path, as a full disk or a read-only file, which
// tests/integration/ (unwritable-database, real-disk, api-unwritable) cover one by one.
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE } from "./env";
import { signIn, unique } from "./helpers";

const BUSY = "Amends could not save (the database is busy with another program's write); nothing was saved.";

/** Runs `fn` while this process holds the e2e database's write lock. */
async function whileLocked<T>(fn: () => Promise<T>): Promise<T> {
  const db = new Database(E2E_DATABASE);
  db.exec("begin immediate");
  try {
    return await fn();
  } finally {
    db.exec("rollback");
    db.close();
  }
}

function setbacksTitled(title: string): number {
  const db = new Database(E2E_DATABASE, { readonly: true });
  try {
    return (db.prepare("select count(*) as n from setbacks where title = ?").get(title) as { n: number }).n;
  } finally {
    db.close();
  }
}

test("a report saved while the database cannot be written is refused in words, with what was typed kept", async ({ page }) => {
  test.slow(); // the server waits out its 5 s busy timeout before it answers
  await signIn(page, "member@demo.test");
  await page.goto("/setbacks/new");
  const title = unique("Pallets left in the rain");
  const client = page.getByRole("combobox", { name: "Client", exact: true });
  await client.selectOption({ index: 1 });
  const clientId = await client.inputValue();
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Category").selectOption({ label: "Delay" });
  await page.getByLabel("Severity").selectOption("critical");
  await page.getByLabel("Fault").selectOption("ours");
  await page.getByLabel("Impact on the client").fill("Two days of stock spoiled.");

  await whileLocked(async () => {
    await page.getByRole("button", { name: "Report setback" }).click();
    await expect(page.getByRole("alert").filter({ hasText: BUSY })).toBeVisible({ timeout: 30_000 });
  });
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(title);
  await expect(client).toHaveValue(clientId);
  await expect(page.getByLabel("Severity")).toHaveValue("critical");
  await expect(page.getByLabel("Impact on the client")).toHaveValue("Two days of stock spoiled.");
  expect(setbacksTitled(title)).toBe(0);

  // The lock released, the same form, as it stands, is saved once.
  await page.getByRole("button", { name: "Report setback" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  expect(setbacksTitled(title)).toBe(1);
});

test("GET /api/health answers without sign-in, never cached, and says when the database cannot be written", async ({ request }) => {
  test.slow();
  const healthy = await request.get("/api/health");
  expect(healthy.status()).toBe(200);
  expect(healthy.headers()["cache-control"]).toBe("no-store");
  expect(healthy.headers()["x-content-type-options"]).toBe("nosniff");
  const text = await healthy.text();
  expect(JSON.parse(text)).toEqual({ status: "ok", database: { readable: true, writable: true, migrations: "current" } });
  expect(text).not.toContain("amends.db"); // no path, no secret

  const locked = await whileLocked(() => request.get("/api/health"));
  expect(locked.status()).toBe(503);
  expect(await locked.json()).toEqual({ status: "degraded", database: { readable: true, writable: false, migrations: "current", problem: "the database is busy with another program's write" } });
  expect((await request.get("/api/health")).status()).toBe(200);
});
