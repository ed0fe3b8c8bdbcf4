// Migration 0015 (client_reports) on a database written before it: the reports that came through
// a client link are linked to it, so they appear on the client's page; "needs triage" exists.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, openDatabase, type Db } from "@/db/client";
import { sharedStatus } from "@/db/queries/feedback";

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.$client.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A database at the migration before it with two links of one client and three setbacks, as the app wrote them. */
function databaseBefore(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-migration-"));
  dirs.push(dir);
  const folder = path.join(dir, "migrations");
  fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag.endsWith("client_reports")));
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  const file = path.join(dir, "old.db");
  const sqlite = new Database(file);
  migrate(drizzle(sqlite), { migrationsFolder: folder });
  sqlite.exec(`
    insert into categories (key, label) values ('other', 'Other');
    insert into clients (id, name, name_key, search_key, created_at, updated_at) values (1, 'Crescent Hotels', 'crescent hotels', 'crescent hotels', 0, 0), (2, 'Tidewater Foods', 'tidewater foods', 'tidewater foods', 0, 0);
    insert into feedback_links (id, client_id, label, token_hash, created_at) values (1, 1, 'Front desk', 'h1', 100), (2, 1, 'Front desk', 'h2', 300), (3, 2, 'Front desk', 'h3', 100);
    insert into setbacks (id, number, client_id, title, category, severity, fault, source, occurred_at, discovered_at, stage, stage_changed_at, created_at, updated_at) values
      (1, 1, 1, 'Card refused at check-in', 'other', 'medium', 'ours', 'client', 200, 200, 'discovered', 200, 200, 200),
      (2, 2, 1, 'The lift is out again', 'other', 'medium', 'ours', 'client', 400, 400, 'discovered', 400, 400, 400),
      (3, 3, 1, 'Found by us', 'other', 'high', 'ours', 'internal', 400, 400, 'discovered', 400, 400, 400);
    insert into events (id, occurred_at, kind, setback_id, client_id, data, prev_hash, hash) values
      (1, 200, 'setback.reported', 1, 1, '{"reference":"SB-0001","viaFeedbackLink":"Front desk","title":"Card refused at check-in"}', '0', 'a'),
      (2, 400, 'setback.reported', 2, 1, '{"reference":"SB-0002","viaFeedbackLink":"Front desk","title":"The lift is out again"}', 'a', 'b'),
      (3, 400, 'setback.reported', 3, 1, '{"reference":"SB-0003"}', 'b', 'c');
  `);
  sqlite.close();
  return file;
}

describe("migration 0015 (client_reports) on an existing database", () => {
  it("links each client report to the link it came through (the latest of that label made before it), and makes 'needs triage'", async () => {
    const db = openDatabase(databaseBefore());
    dbs.push(db);
    expect(db.$client.prepare("select id, reported_via_link_id as link, client_title as clientTitle from setbacks order by id").all()).toEqual([
      { id: 1, link: 1, clientTitle: null },
      { id: 2, link: 2, clientTitle: null },
      { id: 3, link: null, clientTitle: null },
    ]);
    expect(db.$client.prepare("select label, active from categories where key = 'needs_triage'").get()).toEqual({ label: "Needs triage", active: 0 });
    expect((await sharedStatus(db, 1, 500)).map((e) => [e.number, e.title, e.ownReport])).toEqual([[2, "The lift is out again", true], [1, "Card refused at check-in", true]]);
  });

  it("marks as not known when those reports happened (migration client_reports_unassessed: they stored the sent time), and keeps their stored severity", () => {
    const db = openDatabase(databaseBefore());
    dbs.push(db);
    expect(db.$client.prepare("select id, occurred_at_known as known, severity from setbacks order by id").all()).toEqual([
      { id: 1, known: 0, severity: "medium" },
      { id: 2, known: 0, severity: "medium" },
      { id: 3, known: 1, severity: "high" },
    ]);
  });
});
