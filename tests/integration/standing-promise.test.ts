// The standing promise through the commands a person uses (decision 012): a follow-up completed
// after the promise keeps it on the client's status page and in "Needs me"; a promise made for a
// day is due at that day's end in the organisation's zone and reads as the day.
import { describe, expect, it } from "vitest";
import { sharedStatus } from "@/db/queries/feedback";
import { inboxCount, inboxRows, inboxScope } from "@/db/queries/inbox";
import { writeSetting } from "@/db/writes/settings";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/commands/command";
import { logCommunication } from "@/lib/commands/communications";
import { completeFollowUp, scheduleFollowUp } from "@/lib/commands/follow-ups";
import { promisedByText } from "@/lib/setbacks/promise-text";
import { freshDb, makeActor } from "../helpers/db";
import { aSetback, ok, phoneCall } from "../helpers/setback";

const HOUR = 3_600_000;

function promises(db: Db, actor: Actor, now = Date.now()) {
  const q = inboxScope(actor, now, "UTC");
  expect(inboxCount(db, q)).toBe(inboxRows(db, q).length);
  return inboxRows(db, q).filter((r) => r.kind === "promise");
}

async function sharedSetback(db: Db, actor: Actor) {
  const a = await aSetback(db, actor, "low");
  db.$client.prepare("update setbacks set shared_with_client = 1 where id = ?").run(a.setbackId);
  return a;
}

describe("the standing promise", () => {
  it("is kept by a follow-up completed after it: the status page stops saying late, the inbox entry leaves", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const a = await sharedSetback(db, member);
    const yesterday = new Date(Date.now() - 30 * HOUR).toISOString().slice(0, 10);
    await ok(db, logCommunication, member, phoneCall(a.setbackId, a.contactId, { occurredAt: new Date(Date.now() - 40 * HOUR).toISOString(), promise: "A call back", promiseDueAt: yesterday, timeZone: "UTC" }));
    expect((await sharedStatus(db, a.clientId))[0]).toMatchObject({ nextUpdateDay: yesterday, late: true });
    expect(promises(db, member).map((r) => r.what)).toEqual(["A call back"]);

    const { followUpId } = await ok(db, scheduleFollowUp, member, { setbackId: a.setbackId, dueAt: new Date(Date.now() + HOUR).toISOString() });
    expect((await sharedStatus(db, a.clientId))[0]).toMatchObject({ late: true }); // planned is not done
    await ok(db, completeFollowUp, member, { followUpId, channel: "phone", satisfaction: "4", retained: "yes" });
    expect((await sharedStatus(db, a.clientId))[0]).toMatchObject({ nextUpdateBy: null, nextUpdateDay: null, late: false });
    expect(promises(db, member)).toEqual([]);

    // A new promise made after the follow-up stands again.
    await ok(db, logCommunication, member, phoneCall(a.setbackId, a.contactId, { occurredAt: new Date().toISOString(), promise: "The refund", promiseDueAt: "2030-01-02", timeZone: "UTC" }));
    expect((await sharedStatus(db, a.clientId))[0]).toMatchObject({ nextUpdateDay: "2030-01-02", late: false });
  });

  it("makes a promise for a day due at its end in the organisation's zone, whatever zone the form was in, and reads it as the day", async () => {
    const db = freshDb();
    writeSetting(db, "timeZone", "Europe/Paris");
    const member = makeActor(db, "member");
    const a = await sharedSetback(db, member);
    const { communicationId } = await ok(db, logCommunication, member, phoneCall(a.setbackId, a.contactId, { promise: "Tracking number", promiseDueAt: "2030-01-02", timeZone: "America/New_York" }));
    const row = db.$client.prepare("select promise_due_at as dueAt, promise_due_day as dueDay from communications where id = ?").get(communicationId) as { dueAt: number; dueDay: string };
    expect(row).toEqual({ dueAt: Date.UTC(2030, 0, 2, 22, 59, 59), dueDay: "2030-01-02" });
    const [entry] = await sharedStatus(db, a.clientId);
    expect(promisedByText({ dueAt: entry.nextUpdateBy!, dueDay: entry.nextUpdateDay }, "America/New_York")).toBe("2 January 2030");
    const [inbox] = promises(db, member, Date.UTC(2030, 0, 2, 12));
    expect(inbox).toMatchObject({ dueAt: Date.UTC(2030, 0, 2, 22, 59, 59), dueDay: "2030-01-02" });

    // A time promised (the API's full instant) stays a time; a day sent as promiseDueDay alone is not taken.
    const timed = await ok(db, logCommunication, member, phoneCall(a.setbackId, a.contactId, { promise: "A call", promiseDueAt: "2030-01-03T15:00:00Z", promiseDueDay: "2030-01-09" }));
    const timedRow = db.$client.prepare("select promise_due_at as dueAt, promise_due_day as dueDay from communications where id = ?").get(timed.communicationId);
    expect(timedRow).toEqual({ dueAt: Date.UTC(2030, 0, 3, 15), dueDay: null });
  });
});
