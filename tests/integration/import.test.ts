import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/db/audit";
import { responseTimes } from "@/db/queries/reports/response-times";
import { executeCommand, OPERATOR } from "@/lib/commands/command";
import { importSetbacks, type ImportReport } from "@/lib/commands/import";
import { count, freshDb, makeActor } from "../helpers/db";
import { generatedCsv } from "../helpers/import-csv";

async function run(db: ReturnType<typeof freshDb>, csv: string, dryRun = false): Promise<ImportReport> {
  const result = await executeCommand(db, importSetbacks, OPERATOR, { csv, dryRun: dryRun ? "on" : "" });
  if (!result.ok) throw new Error(result.formError);
  return result.value;
}

describe("CSV import", () => {
  it("refuses 10,000 rows with five bad ones, naming each, writes nothing; imports them once fixed, and never twice", async () => {
    const db = freshDb();
    const broken = {
      17: { severity: "urgent" },
      2_000: { discovered_at: "31/12/2024" },
      4_321: { client: "" },
      7_777: { satisfaction: "9" },
      9_998: { notified_at: "2023-01-01T00:00:00Z" },
    };
    // Line numbers count the header and the line breaks inside quoted titles (every 7th row has one).
    const lineOf = (i: number) => 2 + i + Math.ceil(i / 7);
    const dirty = await run(db, generatedCsv(10_000, broken), true);
    expect(dirty.errors).toEqual([
      { line: lineOf(17), column: "severity", message: '"urgent" is not one of low, medium, high, critical' },
      { line: lineOf(2_000), column: "discovered_at", message: '"31/12/2024" is not an ISO 8601 date, like 2026-03-14 or 2026-03-14T09:30:00Z' },
      { line: lineOf(4_321), column: "client", message: "is required" },
      { line: lineOf(7_777), column: "satisfaction", message: '"9" is not a whole number from 1 to 5' },
      { line: lineOf(9_998), column: "notified_at", message: "is before discovered_at" },
    ]);
    const events = count(db, "events");
    expect(await run(db, generatedCsv(10_000, broken))).toMatchObject({ imported: 0, errors: expect.arrayContaining([expect.anything()]) });
    expect([count(db, "setbacks"), count(db, "events")]).toEqual([0, events]);

    const clean = generatedCsv(10_000);
    expect(await run(db, clean, true)).toMatchObject({ rows: 10_000, errors: [], imported: 0 });
    expect(await run(db, clean)).toMatchObject({ rows: 10_000, errors: [], imported: 10_000 });
    expect(count(db, "setbacks")).toBe(10_000);
    expect(count(db, "clients")).toBe(5);
    const names = db.$client.prepare("select name from clients order by name").all();
    expect(names).toContainEqual({ name: 'Smith, "Jr." & Co' });
    expect(db.$client.prepare("select title from setbacks where external_id = 'ROW-7'").get()).toEqual({ title: 'Late, "again"\nsecond line 7' });
    expect(db.$client.prepare("select amount_cents as c, currency from compensations limit 1").get()).toEqual({ c: 125050, currency: "EUR" });

    // The records the timestamps imply make imported setbacks count in the reports.
    const [ttn] = (await responseTimes(db, { from: 0, to: Date.now() }, { by: "all" })).filter((r) => r.metric === "ttn");
    expect(ttn).toMatchObject({ count: 6_667, medianHours: 1.5 });

    const again = await run(db, clean);
    expect(again).toMatchObject({ imported: 0, errors: [] });
    expect(again.alreadyImported).toHaveLength(10_000);
    expect(count(db, "setbacks")).toBe(10_000);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  }, 120_000);

  it("refuses a file without the required columns, and a member", async () => {
    const db = freshDb();
    expect(await run(db, "external_id,client\nA,B\n")).toMatchObject({ errors: [{ line: 1, column: expect.stringContaining("title"), message: "missing from the header row" }] });
    const member = makeActor(db, "member");
    expect(await executeCommand(db, importSetbacks, member, { csv: generatedCsv(1) })).toMatchObject({ ok: false, status: 403 });
  });
});

describe("an import by a signed-in admin", () => {
  it("leaves a chain whose every record matches its event: imported compensation has no proposer", async () => {
    const db = freshDb();
    const admin = makeActor(db, "admin");
    const result = await executeCommand(db, importSetbacks, admin, { csv: generatedCsv(12), dryRun: "" });
    expect(result).toMatchObject({ ok: true, value: { imported: 12 } });
    expect(db.$client.prepare("select count(*) as n, count(proposed_by_id) as proposers from compensations").get()).toEqual({ n: 2, proposers: 0 });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
