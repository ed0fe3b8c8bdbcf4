// Instants a page cannot show, already in the database (written before the window existed, or
// by hand): the exports that format them still answer, and say the date is out of range.
// The pages themselves are checked in the browser (e2e/dates.spec.ts).
import { beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  (await import("../helpers/app-database")).useAppDatabase("amends-stored-dates-");
});
vi.mock("@/app/_server/auth", () => import("../helpers/route-session").then((m) => m.authModule));
vi.mock("react", () => import("../helpers/route-session").then((m) => m.reactModule()));

import { getDb } from "@/db/client";
import { saveLesson, addPreventiveAction } from "@/lib/commands/lessons";
import { logCommunication } from "@/lib/commands/communications";
import { UNSHOWN_DATE } from "@/lib/time/zoned";
import { makeActor } from "../helpers/db";
import { callRoute, signInAs } from "../helpers/route-session";
import { aSetback, ok, phoneCall } from "../helpers/setback";

const FAR_PAST = -9_007_199_254_740_991;
const FAR_FUTURE = 9_007_199_254_740_991;
const JUST_PAST_JS = 8_640_000_000_000_001;
let clientId = 0;
let reference = "";

beforeAll(async () => {
  const db = getDb();
  const manager = makeActor(db, "manager");
  signInAs(manager.id);
  const made = await aSetback(db, manager);
  clientId = made.clientId;
  const { setbackId, contactId } = made;
  await ok(db, logCommunication, manager, phoneCall(setbackId, contactId, { promise: "An update", promiseDueAt: new Date(Date.now() + 86_400_000).toISOString() }));
  await ok(db, saveLesson, manager, { setbackId, rootCauseCategory: "process", rootCause: "No check" });
  await ok(db, addPreventiveAction, manager, { setbackId, description: "A check before dispatch" });
  // What the probe stored through the API before the window, written here the only way left.
  const sql = db.$client;
  const other = await aSetback(db, manager);
  sql.prepare("update setbacks set occurred_at = ?, discovered_at = ? where id = ?").run(FAR_PAST, FAR_PAST, other.setbackId);
  sql.prepare("insert into communications (setback_id, direction, channel, occurred_at, author_id, summary, promise, promise_due_at, created_at) values (?, 'outbound', 'email', ?, ?, 'Wrote', 'A refund', ?, ?)")
    .run(setbackId, Date.now() - 60_000, manager.id, FAR_FUTURE, Date.now());
  sql.prepare("insert into communications (setback_id, direction, channel, occurred_at, author_id, summary, created_at) values (?, 'inbound', 'phone', ?, ?, 'They called', ?)")
    .run(setbackId, JUST_PAST_JS, manager.id, Date.now());
  sql.prepare("update preventive_actions set due_at = ?").run(FAR_FUTURE);
  reference = (sql.prepare("select number from setbacks where id = ?").get(setbackId) as { number: number }).number.toString().padStart(4, "0");
});

describe("stored instants a page cannot show", () => {
  it("leave the trail's CSV answering, the dates said to be out of range", async () => {
    const response = await callRoute("GET (app)/clients/[id]/trail/route.ts", `/clients/${clientId}/trail?format=csv`, { params: { id: String(clientId) } });
    expect(response.status).toBe(200);
    const lines = (await response.text()).split("\r\n");
    const wrote = lines.find((l) => l.includes(",Wrote,"))!;
    expect(wrote).toContain(`,A refund,${UNSHOWN_DATE} (${FAR_FUTURE}),`);
    const called = lines.find((l) => l.includes(",They called,"))!;
    expect(called).toContain(`,SB-${reference},Delivery two days late,${UNSHOWN_DATE} (${JUST_PAST_JS}),inbound,`);
  });

  it("leave the trail's JSON answering, with the numbers as stored", async () => {
    const response = await callRoute("GET (app)/clients/[id]/trail/route.ts", `/clients/${clientId}/trail?format=json`, { params: { id: String(clientId) } });
    expect(response.status).toBe(200);
    const { communications } = (await response.json()) as { communications: { summary: string; promiseDueAt: number | null; occurredAt: number }[] };
    expect(communications.find((c) => c.summary === "Wrote")?.promiseDueAt).toBe(FAR_FUTURE);
    expect(communications.find((c) => c.summary === "They called")?.occurredAt).toBe(JUST_PAST_JS);
  });

  it("leave the retrospective's Markdown answering, the due date said to be out of range", async () => {
    const response = await callRoute("GET (app)/retrospectives/export/route.ts", "/retrospectives/export?period=30");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`A check before dispatch (SB-${reference}, `);
    expect(await (await callRoute("GET (app)/retrospectives/export/route.ts", "/retrospectives/export?period=30")).text()).toContain(`open, due ${UNSHOWN_DATE})`);
  });
});
