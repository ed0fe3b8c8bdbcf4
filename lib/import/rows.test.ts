import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyInstantString } from "@/tests/helpers/instants";
import { EARLIEST_INSTANT } from "../time/window";
import { checkRecord, IMPORT_COLUMNS, parseCsv, type ImportContext } from "./rows";

const ctx: ImportContext = {
  timeZone: "Europe/Paris",
  now: Date.UTC(2026, 10, 22),
  categories: new Map([["delay", "delay"], ["billing error", "billing_error"], ["billing_error", "billing_error"]]),
  rootCauses: new Map([["process", "process"]]),
};

const header = IMPORT_COLUMNS.join(",");
function check(values: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>) {
  const row = { external_id: "X1", client: "Acme", title: "Late", category: "delay", severity: "high", fault: "ours", discovered_at: "2026-03-14", ...values };
  return checkRecord(2, (c) => (row as Record<string, string>)[c] ?? "", ctx);
}

describe("parseCsv", () => {
  it("reads quotes, commas and line breaks inside fields, and gives each record its first line", () => {
    const parsed = parseCsv(`${header}\nA1,"Smith, ""Jr."" & Co",Title\n\nA2,"Line one\nline two",T\nA3,Zoë Müller GmbH,T\n`);
    if ("error" in parsed) throw new Error(parsed.error.message);
    expect(parsed.records.map((r) => [r.line, r.values[1]])).toEqual([
      [2, 'Smith, "Jr." & Co'],
      [4, "Line one\nline two"],
      [6, "Zoë Müller GmbH"],
    ]);
  });

  it("reports broken CSV with its line", () => {
    expect(parseCsv(`${header}\nA1,"never closed\n`)).toMatchObject({ error: { message: expect.stringContaining("Not valid CSV") } });
  });
});

describe("checkRecord", () => {
  it("accepts a minimal row, reading a date alone as midnight in the organisation's zone", () => {
    const result = check({});
    expect(result).toMatchObject({ row: { externalId: "X1", category: "delay", discoveredAt: Date.UTC(2026, 2, 13, 23), occurredAt: Date.UTC(2026, 2, 13, 23), notifiedAt: null, compensation: null } });
  });

  it("accepts a category by its label, in any case", () => {
    expect(check({ category: "Billing Error" })).toMatchObject({ row: { category: "billing_error" } });
  });

  it("names every bad column with the reason", () => {
    const result = check({ title: "", severity: "urgent", discovered_at: "14/03/2026", satisfaction: "6", compensation_kind: "refund", compensation_amount: "lots", closed_at: "2030-01-01" });
    expect(result).toEqual({
      errors: [
        { line: 2, column: "title", message: "is required" },
        { line: 2, column: "severity", message: '"urgent" is not one of low, medium, high, critical' },
        { line: 2, column: "discovered_at", message: '"14/03/2026" is not an ISO 8601 date, like 2026-03-14 or 2026-03-14T09:30:00Z' },
        { line: 2, column: "closed_at", message: "is in the future" },
        { line: 2, column: "compensation_amount", message: '"lots" is not an amount, like 250.00' },
        { line: 2, column: "compensation_currency", message: "needs a three-letter code, like EUR" },
        { line: 2, column: "satisfaction", message: '"6" is not a whole number from 1 to 5' },
      ],
    });
  });

  it("refuses a notification before the discovery", () => {
    expect(check({ notified_at: "2026-03-10T10:00:00Z" })).toEqual({ errors: [{ line: 2, column: "notified_at", message: "is before discovered_at" }] });
  });

  it("refuses a date outside 1970–2099, naming the column, and takes no year for another", () => {
    const outside = "must be between 1 Jan 1970 and 31 Dec 2099";
    expect(check({ occurred_at: "1969-12-31", discovered_at: "0001-01-01" })).toEqual({
      errors: [
        { line: 2, column: "discovered_at", message: outside },
        { line: 2, column: "occurred_at", message: outside },
      ],
    });
    expect(check({ occurred_at: "1970-01-02" })).toMatchObject({ row: { occurredAt: Date.UTC(1970, 0, 1, 23) } });
  });

  it("refuses a day the calendar does not have, with or without a time, instead of moving it", () => {
    const bad = (v: string) => ({ line: 2, column: "notified_at", message: `"${v}" is not an ISO 8601 date, like 2026-03-14 or 2026-03-14T09:30:00Z` });
    expect(check({ notified_at: "2026-02-30T10:00:00Z" })).toEqual({ errors: [bad("2026-02-30T10:00:00Z")] });
    expect(check({ notified_at: "2026-04-31" })).toEqual({ errors: [bad("2026-04-31")] });
  });

  it("stores only instants inside the window, whatever year a date is written with", () => {
    fc.assert(
      fc.property(anyInstantString, (text) => {
        const result = check({ occurred_at: text, discovered_at: "2026-03-14" });
        if ("row" in result) expect(result.row.occurredAt, text).toBeGreaterThanOrEqual(EARLIEST_INSTANT);
        else expect(result.errors.map((e) => e.column), text).toEqual(["occurred_at"]);
      }),
      { numRuns: 1_000 },
    );
  });
});
