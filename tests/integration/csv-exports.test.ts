// Spreadsheet formulas in stored text, through the real CSV exports (the trail and the reports):
// every cell a spreadsheet would run — it begins with =, +, -, @, a tab or a carriage return and
// is not a plain number — comes out prefixed with ', and the figures still come out as numbers.
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  (await import("../helpers/app-database")).useAppDatabase("amends-csv-exports-");
});
vi.mock("@/app/_server/auth", () => import("../helpers/route-session").then((m) => m.authModule));
vi.mock("react", () => import("../helpers/route-session").then((m) => m.reactModule()));

import { getDb } from "@/db/client";
import { createClient } from "@/lib/commands/clients";
import { logCommunication } from "@/lib/commands/communications";
import { reportSetback } from "@/lib/commands/setbacks";
import { makeActor } from "../helpers/db";
import { callRoute, signInAs } from "../helpers/route-session";
import { ok } from "../helpers/setback";

const FORMULAS = [
  "-2+3+cmd|' /C calc'!A0",
  '-1+HYPERLINK("http://evil.example","x")',
  "=1+1",
  "+1+1",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
];
const HOUR = 3_600_000;
let clientId = 0;

/** Every cell of every row that begins like a formula, and is not a plain number. */
function liveFormulas(csv: string): string[] {
  return (parse(csv, { relax_column_count: true }) as string[][]).flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(cell));
}

beforeAll(async () => {
  const db = getDb();
  const manager = makeActor(db, "manager");
  // An owner whose name is a formula: the reports group by owner.
  const owner = makeActor(db, "member", FORMULAS[1]);
  signInAs(manager.id);
  ({ id: clientId } = await ok(db, createClient, manager, { name: FORMULAS[0] }));
  const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR).toISOString();
  // Two setbacks of one client and category: a recurring pair, "<client> × Delay".
  for (const title of FORMULAS.slice(2, 4)) {
    const { id: setbackId } = await ok(db, reportSetback, manager, { clientId, title, category: "delay", severity: "high", fault: "ours", source: "internal", occurredAt: at(6), discoveredAt: at(5), ownerId: owner.id });
    for (const summary of FORMULAS) await ok(db, logCommunication, manager, { setbackId, direction: "outbound", channel: "email", occurredAt: at(4), summary, body: summary, promise: summary });
  }
});

describe("the CSV exports", () => {
  it("prefix every formula in the trail, and keep the text after the prefix", async () => {
    const response = await callRoute("GET (app)/clients/[id]/trail/route.ts", `/clients/${clientId}/trail?format=csv`, { params: { id: String(clientId) } });
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(liveFormulas(csv)).toEqual([]);
    const rows = parse(csv) as string[][];
    const summaries = rows.slice(1).map((r) => r[rows[0].indexOf("summary")]);
    // Summaries are trimmed when stored; the tab and carriage return are tested in lib/csv.test.ts.
    expect(summaries.slice(0, FORMULAS.length)).toEqual(FORMULAS.map((f) => `'${f.trim()}`));
    expect(rows[1][rows[0].indexOf("setback_title")]).toBe("'=1+1");
  });

  it("prefix every formula in each table of the reports, and leave the figures as numbers", async () => {
    const pairs = await callRoute("GET (app)/reports/export/route.ts", "/reports/export?table=pairs-client-category&period=30");
    expect(pairs.status).toBe(200);
    const pairsCsv = await pairs.text();
    expect(liveFormulas(pairsCsv)).toEqual([]);
    expect((parse(pairsCsv) as string[][])[1][0]).toBe(`'${FORMULAS[0]} × Delay`);

    const owners = await callRoute("GET (app)/reports/export/route.ts", "/reports/export?table=ttn-by-owner&period=30");
    const ownersCsv = await owners.text();
    expect(liveFormulas(ownersCsv)).toEqual([]);
    const row = (parse(ownersCsv) as string[][]).find((r) => r[0].includes("HYPERLINK"))!;
    expect(row.slice(0, 2)).toEqual([`'${FORMULAS[1]}`, "2"]);
  });
});
