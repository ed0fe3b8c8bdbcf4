// The milestone columns on setbacks are a pre-aggregation kept by triggers (migration 0006):
// after any sequence of writes to the records they must equal the definitions recomputed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sql, TransactionRollbackError } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { followedUpAtSql, notifiedAtSql, remediedAtSql } from "@/db/queries/milestones-sql";
import { setbacks } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { insertCommunication, insertFollowUp, insertRemedyTask, updateFollowUp, updateRemedyTask } from "@/db/writes/records";
import type { Db } from "@/db/client";
import { freshDb, makeActor } from "../helpers/db";
import { aSetback } from "../helpers/setback";

const s = alias(setbacks, "s");

function storedVersusDefined(db: Db) {
  return db
    .select({
      id: s.id,
      stored: sql<string>`json_array(${s.notifiedAt}, ${s.remediedAt}, ${s.followedUpAt})`,
      defined: sql<string>`json_array(${notifiedAtSql}, ${remediedAtSql}, ${followedUpAtSql})`,
    })
    .from(s)
    .all();
}

const HOUR = 3_600_000;

type Op =
  | { op: "communicate"; setback: number; outbound: boolean; at: number; correctsLast: boolean }
  | { op: "task"; setback: number }
  | { op: "taskStatus"; pick: number; status: "open" | "done" | "cancelled"; at: number }
  | { op: "followUp"; setback: number }
  | { op: "followUpStatus"; pick: number; status: "planned" | "done" | "cancelled"; at: number }
  | { op: "deleteTask"; pick: number };

const setbackIndex = fc.integer({ min: 0, max: 2 });
const at = fc.integer({ min: 0, max: 200 }).map((h) => 1_700_000_000_000 + h * HOUR);
const operation: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant("communicate" as const), setback: setbackIndex, outbound: fc.boolean(), at, correctsLast: fc.boolean() }),
  fc.record({ op: fc.constant("task" as const), setback: setbackIndex }),
  fc.record({ op: fc.constant("taskStatus" as const), pick: fc.nat(), status: fc.constantFrom("open" as const, "done" as const, "cancelled" as const), at }),
  fc.record({ op: fc.constant("followUp" as const), setback: setbackIndex }),
  fc.record({ op: fc.constant("followUpStatus" as const), pick: fc.nat(), status: fc.constantFrom("planned" as const, "done" as const, "cancelled" as const), at }),
  fc.record({ op: fc.constant("deleteTask" as const), pick: fc.nat() }),
);

describe("the setbacks' stored milestones", () => {
  it("equal the definitions for every demo setback", () => {
    const db = freshDb();
    seedDemo(db);
    const rows = storedVersusDefined(db);
    expect(rows).toHaveLength(40);
    for (const row of rows) expect(row.stored, `setback ${row.id}`).toBe(row.defined);
  });

  it("follow any sequence of communications, corrections, remedy tasks and follow-ups", async () => {
    const db = freshDb();
    const actor = makeActor(db, "manager");
    const ids = [await aSetback(db, actor), await aSetback(db, actor), await aSetback(db, actor)].map((x) => x.setbackId);
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 25 }), async (ops) => {
        try {
          db.transaction((tx) => {
          const tasks: number[] = [];
          const followUps: number[] = [];
          let lastCommunication: { id: number; setbackId: number } | null = null;
          for (const o of ops) {
            if (o.op === "communicate") {
              const setbackId = ids[o.setback];
              const correctsId = o.correctsLast && lastCommunication?.setbackId === setbackId ? lastCommunication.id : null;
              const id = insertCommunication(tx, { setbackId, direction: o.outbound ? "outbound" : "inbound", channel: "email", occurredAt: o.at, summary: "x", correctsId, createdAt: o.at });
              lastCommunication = { id, setbackId };
            } else if (o.op === "task") {
              tasks.push(insertRemedyTask(tx, { setbackId: ids[o.setback], description: "t", createdAt: 0 }));
            } else if (o.op === "taskStatus" && tasks.length) {
              updateRemedyTask(tx, tasks[o.pick % tasks.length], { status: o.status, doneAt: o.status === "done" ? o.at : null });
            } else if (o.op === "deleteTask" && tasks.length) {
              tx.run(sql`delete from remedy_tasks where id = ${tasks.splice(o.pick % tasks.length, 1)[0]}`);
            } else if (o.op === "followUp") {
              followUps.push(insertFollowUp(tx, { setbackId: ids[o.setback], dueAt: 0, createdAt: 0 }));
            } else if (o.op === "followUpStatus" && followUps.length) {
              updateFollowUp(tx, followUps[o.pick % followUps.length], { status: o.status, doneAt: o.status === "done" ? o.at : null });
            }
          }
          for (const row of storedVersusDefined(tx as unknown as Db)) expect(row.stored, `setback ${row.id}`).toBe(row.defined);
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
