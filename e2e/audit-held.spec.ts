import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { eventHash, type ChainedRow } from "../lib/audit/chain";
import { signIn, unique } from "./helpers";
import { copyOfE2eDatabase, startOwnServer, type OwnServer } from "./own-server";

// The re-probe's second way: the last event back-dated an hour in the file, its hash recomputed
// and written into the head, whose signature no longer matches. The next ordinary save must not
// sign over it: it is refused in words, and the audit page says where the trail is broken. On a
// copy of the database with a server of its own, so the shared database stays intact.
const HELD = "Amends could not save: its audit trail failed a check, so writes are held until an operator runs npm run audit:verify; nothing was saved.";

test.describe("a chain rewritten behind the app's back", () => {
  let copy: Awaited<ReturnType<typeof copyOfE2eDatabase>>;
  let server: OwnServer;
  let last = 0;
  test.beforeAll(async () => {
    copy = await copyOfE2eDatabase();
    const db = new Database(copy.file);
    try {
      db.exec("drop trigger events_no_update");
      const row = db.prepare("select id, occurred_at as occurredAt, actor_id as actorId, kind, setback_id as setbackId, client_id as clientId, data, prev_hash as prevHash, hash from events order by id desc limit 1").get() as ChainedRow;
      const edited = { ...row, occurredAt: row.occurredAt - 3_600_000 };
      const hash = eventHash(row.prevHash, edited);
      db.prepare("update events set occurred_at = ?, hash = ? where id = ?").run(edited.occurredAt, hash, row.id);
      const head = JSON.parse((db.prepare("select value from settings where key = 'audit.head'").get() as { value: string }).value) as Record<string, unknown>;
      db.prepare("update settings set value = ? where key = 'audit.head'").run(JSON.stringify({ ...head, hash }));
      last = row.id;
    } finally {
      db.close();
    }
    server = await startOwnServer({ DATABASE_URL: copy.file });
  });
  test.afterAll(async () => {
    await server?.stop();
    copy?.remove();
  });

  test("a member's save is refused in words, keeping what was typed; the audit page names the broken head", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: server.base });
    const page = await context.newPage();
    await signIn(page, "member@demo.test");
    const name = unique("Innocent write Ltd");
    await page.goto("/clients/new");
    await page.getByLabel("Name").fill(name);
    await page.getByRole("button", { name: "Create client" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Amends could not save" })).toHaveText(HELD);
    await expect(page.getByLabel("Name")).toHaveValue(name);
    await page.getByRole("button", { name: "Sign out" }).click();

    await signIn(page, "manager@demo.test");
    await page.goto("/audit");
    await page.getByRole("button", { name: "Verify the chain" }).click();
    const alert = page.getByRole("form", { name: "Verify the chain" }).getByRole("alert");
    await expect(alert.getByText(new RegExp(`^The trail is broken at the head \\(event ${last}\\): its signature by key [0-9a-f]{16} does not match`))).toBeVisible();
    await context.close();

    const db = new Database(copy.file, { readonly: true });
    try {
      expect(db.prepare("select count(*) as n from clients where name = ?").get(name)).toEqual({ n: 0 });
      expect(db.prepare("select max(id) as id from events").get()).toEqual({ id: last });
    } finally {
      db.close();
    }
  });
});
