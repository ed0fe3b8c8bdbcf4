import { describe, expect, it } from "vitest";
import { boardCards, boardTotals } from "@/db/queries/board";
import { getSetbackRecords } from "@/db/queries/setback-records";
import { setbackTimeline } from "@/db/queries/setbacks";
import { seedDemo } from "@/db/seed";
import { executeCommand } from "@/lib/commands/command";
import { updateTargets } from "@/lib/commands/settings";
import { deriveMilestones } from "@/lib/setbacks/milestones";
import { arrangeBoard } from "@/lib/setbacks/board";
import { serviceLevelTargetList } from "@/db/queries/board";
import { loadLifecycleRecords } from "@/db/writes/lifecycle";
import { logCommunication } from "@/lib/commands/communications";
import { ok } from "../helpers/setback";
import { freshDb, makeActor } from "../helpers/db";

async function demo() {
  const db = freshDb();
  seedDemo(db);
  return db;
}

describe("the board's read model", () => {
  it("gives the setback page the same guard records as the write reads in its transaction, for every demo setback", async () => {
    const db = await demo();
    // A message the client sent is not a notification: it must not count as one.
    const first = db.$client.prepare("select id from setbacks order by id limit 1").get() as { id: number };
    await ok(db, logCommunication, makeActor(db, "manager"), { setbackId: first.id, direction: "inbound", channel: "email", occurredAt: new Date(Date.now() - 3_600_000).toISOString(), summary: "The client wrote first" });
    const rows = db.$client.prepare("select id, client_id as clientId, no_compensation_reason as noCompensationReason from setbacks").all() as { id: number; clientId: number; noCompensationReason: string | null }[];
    expect(rows).toHaveLength(40);
    for (const row of rows) expect([row.id, (await getSetbackRecords(db, row)).lifecycle]).toEqual([row.id, loadLifecycleRecords(db, row.id)]);
  });


  it("computes in SQL the same stage timestamps as the TypeScript definition, for every demo setback", async () => {
    const db = await demo();
    const cards = [...(await boardCards(db, {}, null)), ...(await boardCards(db, { closed: "1" }, null))];
    expect(cards).toHaveLength(40);
    for (const card of cards) {
      const records = await getSetbackRecords(db, { id: card.id, clientId: card.clientId, noCompensationReason: null });
      const events = await setbackTimeline(db, card.id);
      const expected = deriveMilestones({
        communications: records.communications,
        remedyTasks: records.remedyTasks,
        followUps: records.followUps,
        moves: events.filter((e) => e.kind === "setback.moved").map((e) => ({ at: e.at, to: String(e.data.to) })),
        stage: card.stage,
      });
      expect({ notifiedAt: card.notifiedAt, remediedAt: card.remediedAt, followedUpAt: card.followedUpAt }).toEqual({
        notifiedAt: expected.notifiedAt,
        remediedAt: expected.remediedAt,
        followedUpAt: expected.followedUpAt,
      });
    }
  });

  it("filters in SQL exactly as a plain filter over all open cards would", async () => {
    const db = await demo();
    const all = await boardCards(db, {}, null);
    expect(all.every((c) => c.stage !== "closed")).toBe(true);
    const checks = [
      [{ severity: "high" as const }, (c: (typeof all)[number]) => c.severity === "high"],
      [{ owner: "none" as const }, (c: (typeof all)[number]) => c.owner === null],
      [{ q: "invoice" }, (c: (typeof all)[number]) => /invoice/i.test(c.title) || /invoice/i.test(c.clientName)],
      [{ q: "SB-0038" }, (c: (typeof all)[number]) => c.number === 38],
    ] as const;
    for (const [filter, keep] of checks) {
      const got = await boardCards(db, filter, null);
      expect(got.length).toBeGreaterThan(0);
      expect(got.map((c) => c.id).sort()).toEqual(all.filter(keep).map((c) => c.id).sort());
    }
  });

  it("shows only one person's setbacks for “mine”", async () => {
    const db = await demo();
    const mine = await boardCards(db, { owner: "mine" }, 3);
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((c) => c.owner))).toEqual(new Set(["Sam Patel"]));
  });

  it("uses changed targets at once, and records the change", async () => {
    const db = await demo();
    const admin = makeActor(db, "admin");
    const member = makeActor(db, "member");
    const before = arrangeBoard(await boardCards(db, {}, null), await serviceLevelTargetList(db), Date.now());
    const generous = Object.fromEntries(["critical", "high", "medium", "low"].flatMap((s) => [[`notify_${s}`, "720"], [`remedy_${s}`, "365"], [`follow_up_${s}`, "365"]]));
    expect(await executeCommand(db, updateTargets, member, generous)).toMatchObject({ ok: false, status: 403 });
    expect(await executeCommand(db, updateTargets, admin, { ...generous, notify_high: "0" })).toMatchObject({ ok: false, fieldErrors: { notify_high: ["Hours must be at least 1"] } });
    expect(await executeCommand(db, updateTargets, admin, generous)).toEqual({ ok: true, value: { changed: true } });
    const after = arrangeBoard(await boardCards(db, {}, null), await serviceLevelTargetList(db), Date.now());
    expect(before.breached).toBeGreaterThan(0);
    expect(after.breached).toBe(0);
    const event = db.$client.prepare("select data from events where kind = 'settings.updated' order by id desc").get() as { data: string };
    expect(JSON.parse(event.data).changes["high.notifyHours"]).toEqual({ from: 8, to: 720 });
  });

  it("counts every setback in SQL, breaches included, and shows each column's most urgent cards first", async () => {
    const db = await demo();
    const targets = await serviceLevelTargetList(db);
    const now = Date.now();
    for (const breachedOnly of [false, true]) {
      const filter = breachedOnly ? { breached: "1" as const } : {};
      const full = arrangeBoard(await boardCards(db, {}, null), targets, now, { breachedOnly });
      const capped = arrangeBoard(await boardCards(db, filter, null, { perColumn: 2, now }), targets, now, { breachedOnly, totals: await boardTotals(db, filter, null, now) });
      expect(capped.open).toBe(full.open);
      expect(capped.breached).toBe(full.breached);
      expect(full.breached).toBeGreaterThan(0);
      for (const [i, column] of capped.columns.entries()) {
        expect({ total: column.total, breached: column.breached }).toEqual({ total: full.columns[i].cards.length, breached: full.columns[i].breached });
        expect(column.cards.map((c) => c.id)).toEqual(full.columns[i].cards.slice(0, 2).map((c) => c.id));
      }
    }
  });
});
