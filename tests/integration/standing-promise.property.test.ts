// The setbacks' promise columns are lib/setbacks/promise.ts materialised by triggers (migration
// "promise_kept_by_follow_up"): after every write of any random history of communications,
// corrections (of any direction, back-dated or not) and follow-ups, they equal the rule run over
// the rows themselves.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sql, TransactionRollbackError } from "drizzle-orm";
import { seedDemo } from "@/db/seed";
import { insertCommunication, insertFollowUp, updateFollowUp } from "@/db/writes/records";
import type { Conn, Db } from "@/db/client";
import { latestOutbound, standingPromise, type PromiseCommunication, type PromiseFollowUp } from "@/lib/setbacks/promise";
import { freshDb, makeActor } from "../helpers/db";
import { aSetback } from "../helpers/setback";

const HOUR = 3_600_000;
const BASE = 1_800_000_000_000;

/** Each setback's stored columns beside what the rule says of its rows. */
function storedVersusRule(conn: Conn) {
  const setbacks = conn.all<{ id: number; last: number | null; due: number | null; author: number | null }>(
    sql`select id, last_outbound_id as last, promise_due_at as due, promise_author_id as author from setbacks order by id`,
  );
  return setbacks.map((s) => {
    const comms = conn.all<PromiseCommunication>(sql`select id, direction, occurred_at as occurredAt, promise_due_at as promiseDueAt, author_id as authorId, corrects_id as correctsId from communications where setback_id = ${s.id}`);
    const follows = conn.all<PromiseFollowUp>(sql`select status, done_at as doneAt from follow_ups where setback_id = ${s.id}`);
    const rule = standingPromise(comms, follows);
    return {
      id: s.id,
      stored: { last: s.last, due: s.due, author: s.author },
      rule: { last: latestOutbound(comms)?.id ?? null, due: rule?.dueAt ?? null, author: rule?.authorId ?? null },
    };
  });
}

type Op =
  | { op: "communicate"; setback: number; outbound: boolean; at: number; promise: number | null; corrects: number | null; author: boolean }
  | { op: "followUp"; setback: number }
  | { op: "followUpStatus"; pick: number; status: "planned" | "done" | "cancelled"; at: number }
  | { op: "moveFollowUp"; pick: number; setback: number }
  | { op: "deleteFollowUp"; pick: number };

const setbackIndex = fc.integer({ min: 0, max: 2 });
const at = fc.integer({ min: 0, max: 100 }).map((h) => BASE + h * HOUR);
const operation: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant("communicate" as const),
    setback: setbackIndex,
    outbound: fc.boolean(),
    at,
    promise: fc.option(at, { nil: null }),
    corrects: fc.option(fc.nat(), { nil: null }),
    author: fc.boolean(),
  }),
  fc.record({ op: fc.constant("followUp" as const), setback: setbackIndex }),
  fc.record({ op: fc.constant("followUpStatus" as const), pick: fc.nat(), status: fc.constantFrom("planned" as const, "done" as const, "cancelled" as const), at }),
  fc.record({ op: fc.constant("moveFollowUp" as const), pick: fc.nat(), setback: setbackIndex }),
  fc.record({ op: fc.constant("deleteFollowUp" as const), pick: fc.nat() }),
);

describe("the setbacks' stored standing promise", () => {
  it("equals the rule for every demo setback", () => {
    const db = freshDb();
    seedDemo(db);
    const rows = storedVersusRule(db);
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.some((r) => r.rule.due !== null)).toBe(true);
    for (const row of rows) expect(row.stored, `setback ${row.id}`).toEqual(row.rule);
  });

  it("equals the rule after every write of any history of communications, corrections and follow-ups", async () => {
    const db = freshDb();
    const actor = makeActor(db, "manager");
    const ids = [await aSetback(db, actor), await aSetback(db, actor), await aSetback(db, actor)].map((x) => x.setbackId);
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 30 }), async (ops) => {
        try {
          db.transaction((tx) => {
            const comms: { id: number; setbackId: number }[] = [];
            const followUps: number[] = [];
            for (const o of ops) {
              if (o.op === "communicate") {
                const setbackId = ids[o.setback];
                // A correction names a communication of the same setback that is not corrected yet.
                const open = comms.filter((c) => c.setbackId === setbackId && !tx.get(sql`select 1 from communications where corrects_id = ${c.id}`));
                const correctsId = o.corrects !== null && open.length ? open[o.corrects % open.length].id : null;
                const id = insertCommunication(tx, {
                  setbackId, direction: o.outbound ? "outbound" : "inbound", channel: "email", occurredAt: o.at, summary: "x",
                  promise: o.promise === null ? "" : "an update", promiseDueAt: o.promise, authorId: o.author ? actor.id : null, correctsId, createdAt: o.at,
                });
                comms.push({ id, setbackId });
              } else if (o.op === "followUp") {
                followUps.push(insertFollowUp(tx, { setbackId: ids[o.setback], dueAt: BASE, createdAt: BASE }));
              } else if (o.op === "followUpStatus" && followUps.length) {
                updateFollowUp(tx, followUps[o.pick % followUps.length], { status: o.status, doneAt: o.status === "done" ? o.at : null });
              } else if (o.op === "moveFollowUp" && followUps.length) {
                tx.run(sql`update follow_ups set setback_id = ${ids[o.setback]} where id = ${followUps[o.pick % followUps.length]}`);
              } else if (o.op === "deleteFollowUp" && followUps.length) {
                tx.run(sql`delete from follow_ups where id = ${followUps.splice(o.pick % followUps.length, 1)[0]}`);
              } else continue;
              for (const row of storedVersusRule(tx as unknown as Db)) expect(row.stored, `setback ${row.id} after ${JSON.stringify(o)}`).toEqual(row.rule);
            }
            // Each run starts from the same three setbacks; communications are append-only, so undo by rolling back.
            tx.rollback();
          });
        } catch (error) {
          if (!(error instanceof TransactionRollbackError)) throw error;
        }
      }),
      { numRuns: 150 },
    );
  });
});
