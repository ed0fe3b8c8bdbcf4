import { describe, expect, it } from "vitest";
import { clientActivity, clientTrail, searchEvents } from "@/db/queries/audit";
import { buildTrail, TRAIL_COLUMNS, trailRows } from "@/lib/audit/trail";
import { logCommunication } from "@/lib/commands/communications";
import { addRemedyTask, completeRemedyTask } from "@/lib/commands/remedies";
import { toCsv } from "@/lib/csv";
import { freshDb, makeActor } from "../helpers/db";
import { aSetback, ok, phoneCall } from "../helpers/setback";

const HOUR = 3_600_000;

describe("a client's communication trail", () => {
  it("lists every communication in time order, with each promise kept, broken or pending", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const { setbackId, clientId, contactId } = await aSetback(db, member);
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    // Promised an update within 30 min, 100 h ago: nothing followed in time → broken.
    await ok(db, logCommunication, member, phoneCall(setbackId, contactId, { occurredAt: iso(now - 100 * HOUR), summary: "First call, a line, \"quoted\"", promise: "Call back", promiseDueAt: iso(now - 99.5 * HOUR) }));
    // Promised a fix by tomorrow an hour ago; a remedy task done since keeps it.
    await ok(db, logCommunication, member, phoneCall(setbackId, contactId, { occurredAt: iso(now - HOUR), summary: "Second call", promise: "The fix", promiseDueAt: iso(now + 24 * HOUR) }));
    const { taskId } = await ok(db, addRemedyTask, member, { setbackId, description: "Fix" });
    await ok(db, completeRemedyTask, member, { taskId });
    // An inbound message with a promise still ahead and nothing since → pending.
    await ok(db, logCommunication, member, phoneCall(setbackId, contactId, { direction: "inbound", occurredAt: iso(Date.now() + 1), summary: "They wrote", promise: "We reply", promiseDueAt: iso(now + 48 * HOUR) }));

    const entries = buildTrail(await clientTrail(db, clientId), await clientActivity(db, clientId), Date.now());
    expect(entries.map((e) => [e.summary, e.promiseStatus])).toEqual([
      ['First call, a line, "quoted"', "broken"],
      ["Second call", "kept"],
      ["They wrote", "pending"],
    ]);
    const csv = toCsv(TRAIL_COLUMNS, trailRows(entries));
    expect(csv.split("\r\n")[0]).toBe(TRAIL_COLUMNS.join(","));
    expect(csv).toContain('"First call, a line, ""quoted"""');

    const reported = await searchEvents(db, { clientId, kind: "communication.logged" });
    expect(reported).toHaveLength(3);
  });
});
