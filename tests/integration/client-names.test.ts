// Issue 13, finding 10: one client per name whatever its case, Unicode form or alphabet. Create,
// import and search all match names by the key of lib/clients/name-key.ts.
import { describe, expect, it } from "vitest";
import { boardCards } from "@/db/queries/board";
import { listClients } from "@/db/queries/clients";
import { searchEvents } from "@/db/queries/audit";
import { executeCommand, OPERATOR, type Actor } from "@/lib/commands/command";
import { createClient, editClient } from "@/lib/commands/clients";
import { importSetbacks, type ImportReport } from "@/lib/commands/import";
import { IMPORT_COLUMNS } from "@/lib/import/rows";
import { reportSetback } from "@/lib/commands/setbacks";
import { count, freshDb, makeActor } from "../helpers/db";
import { ok } from "../helpers/setback";

type Db = ReturnType<typeof freshDb>;
const NFD = "Société".normalize("NFD");

function csv(clients: string[]): string {
  const rows = clients.map((client, i) =>
    IMPORT_COLUMNS.map((c) => ({ external_id: `N-${i}`, client, title: `Setback ${i}`, category: "delay", severity: "low", fault: "ours", discovered_at: "2025-03-01T09:00:00Z" })[c as string] ?? "").join(","),
  );
  return [IMPORT_COLUMNS.join(","), ...rows].join("\n") + "\n";
}

async function runImport(db: Db, file: string, dryRun = false): Promise<ImportReport> {
  const result = await executeCommand(db, importSetbacks, OPERATOR, { csv: file, dryRun: dryRun ? "on" : "" });
  if (!result.ok) throw new Error(result.formError);
  return result.value;
}

const clientsWithSetbacks = (db: Db) =>
  db.$client.prepare("select c.name, count(s.id) as setbacks from clients c left join setbacks s on s.client_id = c.id group by c.id order by c.id").all();

async function withClient(name: string): Promise<{ db: Db; member: Actor; id: number }> {
  const db = freshDb();
  const member = makeActor(db, "member");
  const { id } = await ok(db, createClient, member, { name });
  return { db, member, id };
}

describe("import files rows under the client their name means", () => {
  it("joins case, Unicode form and Turkish İ to one client each, and the dry run says which rows join an existing one", async () => {
    const { db } = await withClient("ÉCOLE MÜLLER");
    const file = csv(["école müller", "Société", "SOCIÉTÉ", "ÉCOLE MÜLLER", NFD, "İstanbul Ltd", "istanbul ltd", "  école   müller "]);

    const dry = await runImport(db, file, true);
    expect(count(db, "clients")).toBe(1);
    await runImport(db, file);
    expect(clientsWithSetbacks(db)).toEqual([
      { name: "ÉCOLE MÜLLER", setbacks: 3 },
      { name: "Société", setbacks: 3 },
      { name: "İstanbul Ltd", setbacks: 2 },
    ]);

    expect(dry.clients.joining).toEqual([
      { name: "école müller", clientId: 1, client: "ÉCOLE MÜLLER", lines: [2, 9] },
      { name: "ÉCOLE MÜLLER", clientId: 1, client: "ÉCOLE MÜLLER", lines: [5] },
    ]);
    expect(dry.clients.created).toEqual([
      { name: "Société", spellings: ["SOCIÉTÉ"], lines: [3, 4, 6] },
      { name: "İstanbul Ltd", spellings: ["istanbul ltd"], lines: [7, 8] },
    ]);
  });

  it("refuses a client name with no letter or digit in it", async () => {
    const db = freshDb();
    const report = await runImport(db, csv(["\u200b\u200b"]), true);
    expect(report.errors).toEqual([{ line: 2, column: "client", message: "is required" }]);
  });
});

describe("creating or renaming a client", () => {
  it.each([
    ["école müller", "ÉCOLE MÜLLER"],
    [NFD, "Société"],
    ["istanbul ltd", "İstanbul Ltd"],
    ["ISTANBUL LTD", "ıstanbul ltd"],
    ["Straße AG", "STRASSE AG"],
    ["Acme   Ltd", "acme ltd"],
    ["ＡＣＭＥ ＬＴＤ", "Acme Ltd"],
  ])("refuses %j beside %j, naming the existing client, and writes nothing", async (typed, existing) => {
    const { db, member } = await withClient(existing);
    const events = count(db, "events");
    const result = await executeCommand(db, createClient, member, { name: typed });
    expect(result).toMatchObject({ ok: false, status: 409, fieldErrors: { name: [`“${existing}” already exists: open it, or give this client a name that tells them apart.`] } });
    expect([count(db, "clients"), count(db, "events")]).toEqual([1, events]);
  });

  it("refuses renaming one client to another's name, but allows changing the case of its own", async () => {
    const { db, member, id } = await withClient("ÉCOLE MÜLLER");
    const { id: other } = await ok(db, createClient, member, { name: "Northwind" });
    expect(await executeCommand(db, editClient, member, { clientId: other, version: 1, name: "école Müller" })).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: { name: ["“ÉCOLE MÜLLER” already exists: open it, or give this client a name that tells them apart."] },
    });
    expect(await executeCommand(db, editClient, member, { clientId: id, version: 1, name: "École Müller" })).toMatchObject({ ok: true });
    // The renamed client is found (and matched) by its new name.
    expect(await executeCommand(db, createClient, member, { name: "ÉCOLE MÜLLER" })).toMatchObject({ ok: false, status: 409 });
  });

  it("keeps diacritics apart: Muller is not Müller", async () => {
    const { db, member } = await withClient("Müller GmbH");
    expect(await executeCommand(db, createClient, member, { name: "Muller GmbH" })).toMatchObject({ ok: true });
  });
});

describe("search matches the key, without diacritics", () => {
  it("finds ÉCOLE MÜLLER by école, ecole and MULLER, İstanbul by istanbul, Straße by strasse; on /clients, the board and the audit", async () => {
    const { db, member, id } = await withClient("ÉCOLE MÜLLER");
    await ok(db, createClient, member, { name: "İstanbul Ltd" });
    await ok(db, createClient, member, { name: "Straße AG" });
    await ok(db, createClient, member, { name: NFD + " Générale" });
    const names = async (q: string) => (await listClients(db, q)).map((c) => c.name);
    expect(await names("école")).toEqual(["ÉCOLE MÜLLER"]);
    expect(await names("ecole")).toEqual(["ÉCOLE MÜLLER"]);
    expect(await names("MULLER")).toEqual(["ÉCOLE MÜLLER"]);
    expect(await names("istanbul")).toEqual(["İstanbul Ltd"]);
    expect(await names("strasse")).toEqual(["Straße AG"]);
    expect(await names("societe generale")).toEqual([NFD + " Générale"]);
    expect(await names("%")).toEqual([]);

    await ok(db, reportSetback, member, {
      clientId: id, title: "Late", category: "delay", severity: "low", fault: "ours", source: "internal",
      occurredAt: new Date(Date.now() - 7_200_000).toISOString(), discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    expect((await boardCards(db, { client: "ecole" }, null)).map((c) => c.clientName)).toEqual(["ÉCOLE MÜLLER"]);
    expect((await boardCards(db, { q: "école" }, null)).map((c) => c.clientName)).toEqual(["ÉCOLE MÜLLER"]);
    expect((await searchEvents(db, { client: "École" })).some((e) => e.kind === "setback.reported")).toBe(true);
  });
});
