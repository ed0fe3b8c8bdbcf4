import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { boardTotals, boardView } from "@/db/queries/board";
import { cachedRead } from "@/db/read-cache";
import { seedDemo } from "@/db/seed";
import { executeCommand } from "@/lib/commands/command";
import { reportSetback } from "@/lib/commands/setbacks";
import { createClient } from "@/lib/commands/clients";
import { nextNotifyDeadline } from "@/db/queries/reports/response-times";
import { freshDb, makeActor } from "../helpers/db";
import { ok } from "../helpers/setback";

describe("the read cache", () => {
  it("serves a value again only while nothing was written and its time has not run out", async () => {
    const db = freshDb();
    let loads = 0;
    const read = (now: number) => cachedRead(db, "k", now, async () => ({ value: ++loads, validThrough: 1_000 }));
    expect(await read(0)).toBe(1);
    expect(await read(1_000)).toBe(1);
    expect(await read(1_001)).toBe(2);
    makeActor(db, "member");
    expect(await read(0)).toBe(3);
    expect(await read(0)).toBe(3);
  });

  it("notices a write from another connection, as the import script or a second process makes", async () => {
    const db = freshDb();
    let loads = 0;
    const read = () => cachedRead(db, "k", 0, async () => ({ value: ++loads, validThrough: null }));
    expect(await read()).toBe(1);
    const other = new Database(db.$client.name);
    other.prepare("insert into settings (key, value) values ('x', '1')").run();
    other.close();
    expect(await read()).toBe(2);
  });

  it("shows a new setback on the board at once, and a breach the moment its deadline passes", async () => {
    const db = freshDb();
    const now = Date.now();
    seedDemo(db, now);
    const manager = makeActor(db, "manager");
    const before = await boardView(db, {}, manager.id, now, 10);
    const discovered = before.cards.find((c) => c.stage === "discovered");
    expect(discovered).toBeDefined();
    const result = await executeCommand(db, reportSetback, manager, {
      clientId: discovered!.clientId, title: "Cache check", category: "delay", severity: "critical", fault: "ours", source: "internal",
      occurredAt: new Date(now - 60_000).toISOString(), discoveredAt: new Date(now - 60_000).toISOString(),
    });
    expect(result.ok).toBe(true);
    const after = await boardView(db, {}, manager.id, now, 10);
    const total = (v: typeof after) => v.totals!.find((t) => t.stage === "discovered")!;
    expect(total(after).total).toBe(total(before).total + 1);
    // Critical: notify within 2 h. Just past that, the board counts it breached, as a fresh count does.
    const later = now - 60_000 + 2 * 3_600_000 + 1;
    const fresh = (await boardTotals(db, {}, manager.id, later)).find((t) => t.stage === "discovered")!;
    expect(total(await boardView(db, {}, manager.id, later, 10))).toEqual(fresh);
    expect(fresh.breached).toBeGreaterThan(total(after).breached);
  });

  it("knows when the report's next pending notification target will be missed", async () => {
    const db = freshDb();
    const manager = makeActor(db, "manager");
    const { id: clientId } = await ok(db, createClient, manager, { name: "Northwind" });
    const at = Date.UTC(2026, 5, 1, 9);
    for (const [severity, minutesAgo] of [["critical", 30], ["high", 60]] as const) {
      const discovered = new Date(at - minutesAgo * 60_000).toISOString();
      const r = await executeCommand(db, reportSetback, manager, { clientId, title: `Late ${severity}`, category: "delay", severity, fault: "ours", source: "internal", occurredAt: discovered, discoveredAt: discovered });
      expect(r).toMatchObject({ ok: true });
    }
    const everything = { from: 0, to: at + 1 };
    // critical: 30 min ago + 2 h; high: 60 min ago + 8 h.
    expect(await nextNotifyDeadline(db, everything, at)).toBe(at + 90 * 60_000);
    expect(await nextNotifyDeadline(db, everything, at + 90 * 60_000 + 1)).toBe(at + 7 * 3_600_000);
    expect(await nextNotifyDeadline(db, everything, at + 8 * 3_600_000)).toBeNull();
  });
});
