import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE } from "./env";
import { signIn } from "./helpers";

test("an auditor verifies the chain, opens an event, and exports a client's trail", async ({ page }) => {
  await signIn(page, "manager@demo.test");
  await page.getByRole("link", { name: "Audit" }).click();
  await page.getByRole("button", { name: "Verify the chain" }).click();
  // A plain headline first; under it the details: hashes, signed checkpoints and head, every record against its event.
  const found = page.getByRole("form", { name: "Verify the chain" }).getByRole("status");
  await expect(found.getByText(/^The trail is intact: \d+ events, signed up to event \d+ on \d{4}-\d\d-\d\d \d\d:\d\d UTC, and \d+ records match the events that created them\.$/)).toBeVisible();
  await expect(
    found.getByText(/^ok: \d+ events, \d+ checkpoints? signed by key [0-9a-f]{16}, last checkpoint at event \d+ on \d{4}-\d\d-\d\d \d\d:\d\d UTC, head \(event \d+\) signed on .* UTC; \d+ communications, .* match the events that created them; the current state of \d+ setbacks, \d+ compensations, \d+ users and 9 settings matches their events$/),
  ).toBeVisible();

  const search = page.getByRole("search", { name: "Search the audit trail" });
  await search.getByLabel("Kind of event").selectOption("client.created");
  await search.getByRole("button", { name: "Search" }).click();
  const first = page.getByRole("table", { name: "Events" }).getByRole("row").nth(1);
  await expect(first).toContainText("Client created");
  await first.getByRole("link", { name: "Client created" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Client created");
  await expect(page.getByText("Hash (previous → this)")).toBeVisible();

  await page.goto("/clients");
  await page.getByRole("link", { name: "Northwind Logistics" }).click();
  const csvHref = await page.getByRole("link", { name: "Export the trail (CSV)" }).getAttribute("href");
  const csv = await page.request.get(csvHref!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.split("\r\n")[0]).toBe("communication_id,setback,setback_title,occurred_at,direction,channel,contact,author,summary,full_text,promise,promise_due_at,promise_status,promise_kept_at,reaction,corrects_id");
  const json = await (await page.request.get(csvHref!.replace("format=csv", "format=json"))).json();
  expect(json.client.name).toBe("Northwind Logistics");
  expect(json.communications.length).toBeGreaterThan(0);
  // The same communications, in the same order, in both exports.
  const ids = [...text.matchAll(/\r\n(\d+),SB-\d{4}/g)].map((m) => Number(m[1]));
  expect(ids).toEqual(json.communications.map((c: { id: number }) => c.id));
});

test("a communication edited in the database file behind the app's back shows on the audit page, named", async ({ page }) => {
  await signIn(page, "manager@demo.test");
  await page.goto("/audit");
  // What someone holding the file could do: drop the trigger and rewrite what was said.
  const file = new Database(E2E_DATABASE);
  const { id, summary } = file.prepare("select id, summary from communications order by id limit 1").get() as { id: number; summary: string };
  file.exec("drop trigger communications_no_update");
  try {
    file.prepare("update communications set summary = 'Nothing was promised' where id = ?").run(id);
    await page.getByRole("button", { name: "Verify the chain" }).click();
    const alert = page.getByRole("form", { name: "Verify the chain" }).getByRole("alert");
    await expect(alert).toContainText(`The trail is broken at communication ${id}: its summary differs from what event`);
    await expect(alert).toContainText(`broken: communication ${id}: its summary differs from what event`);
  } finally {
    file.prepare("update communications set summary = ? where id = ?").run(summary, id);
    file.exec("CREATE TRIGGER `communications_no_update` BEFORE UPDATE ON `communications` BEGIN SELECT RAISE(ABORT, 'communications are append-only; log a correction'); END;");
    file.close();
  }
  await page.getByRole("button", { name: "Verify the chain" }).click();
  await expect(page.getByRole("form", { name: "Verify the chain" }).getByRole("status")).toContainText("The trail is intact: ");
});

test("a member is refused the audit trail and its exports", async ({ page }) => {
  await signIn(page, "member@demo.test");
  expect((await page.goto("/audit"))?.status()).toBe(403);
  expect((await page.request.get("/clients/1/trail?format=csv")).status()).toBe(403);
});
