import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { notificationTargetMet, responseTimes } from "@/db/queries/reports/response-times";
import { insertClient } from "@/db/writes/clients";
import { insertCommunication, insertFollowUp, insertRemedyTask } from "@/db/writes/records";
import { insertSetback } from "@/db/writes/setbacks";
import { DEFAULT_TARGETS } from "@/lib/settings";
import { RESPONSE_METRICS, notificationTargetMet as referenceTargetMet, responseSummary, type SetbackFacts } from "@/lib/metrics/response-times";
import { deriveMilestones } from "@/lib/setbacks/milestones";
import { SEVERITIES } from "@/lib/setbacks/vocabulary";
import { freshDb, makeActor } from "../helpers/db";

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 1);
const hours = (max: number) => fc.integer({ min: 0, max: max * 60 }).map((m) => m * 60_000);

const history = fc.record({
  severity: fc.constantFrom(...SEVERITIES),
  category: fc.constantFrom("delay", "billing_error", "failure"),
  owner: fc.constantFrom(0, 1, null),
  discovered: fc.integer({ min: 0, max: 60 * 24 * 60 }).map((m) => T0 + m * 60_000),
  lag: hours(72),
  communications: fc.array(fc.record({ outbound: fc.boolean(), after: hours(100), correctsPrevious: fc.boolean() }), { maxLength: 3 }),
  tasks: fc.array(fc.record({ status: fc.constantFrom("open", "done", "cancelled"), after: hours(400) }), { maxLength: 3 }),
  followUps: fc.array(fc.record({ done: fc.boolean(), after: hours(600) }), { maxLength: 2 }),
  closedAfter: fc.option(hours(900), { nil: null }),
});

type History = typeof history extends fc.Arbitrary<infer T> ? T : never;

/** Writes the histories to a fresh database, and works out their facts in TypeScript alone. */
function load(histories: History[]) {
  const db = freshDb();
  const owners = [makeActor(db, "member").id!, makeActor(db, "member").id!];
  const facts: SetbackFacts[] = [];
  db.transaction((tx) => {
    const clientId = insertClient(tx, { name: "Client", createdAt: T0, updatedAt: T0 });
    histories.forEach((h, i) => {
      const ownerId = h.owner === null ? null : owners[h.owner];
      const closedAt = h.closedAfter === null ? null : h.discovered + h.closedAfter;
      const id = insertSetback(tx, {
        number: i + 1, clientId, title: `S${i}`, category: h.category, severity: h.severity, fault: "ours", source: "internal",
        occurredAt: h.discovered - h.lag, discoveredAt: h.discovered, ownerId, stage: closedAt === null ? "remedying" : "closed",
        stageChangedAt: closedAt ?? h.discovered, createdAt: h.discovered, updatedAt: h.discovered,
      });
      const comms: { id: number; direction: string; occurredAt: number; correctsId: number | null }[] = [];
      for (const c of h.communications) {
        const correctsId = c.correctsPrevious && comms.length && !comms.some((x) => x.correctsId === comms.at(-1)!.id) ? comms.at(-1)!.id : null;
        const row = { direction: c.outbound ? "outbound" : "inbound", occurredAt: h.discovered + c.after, correctsId };
        comms.push({ ...row, id: insertCommunication(tx, { ...row, direction: row.direction as "outbound", setbackId: id, channel: "email", summary: "x", createdAt: T0 }) });
      }
      const tasks = h.tasks.map((t) => ({ status: t.status, doneAt: t.status === "done" ? h.discovered + t.after : null }));
      for (const t of tasks) insertRemedyTask(tx, { setbackId: id, description: "t", status: t.status as "open", doneAt: t.doneAt, createdAt: T0 });
      const follow = h.followUps.map((f) => ({ status: f.done ? "done" : "planned", doneAt: f.done ? h.discovered + f.after : null }));
      for (const f of follow) insertFollowUp(tx, { setbackId: id, dueAt: h.discovered, status: f.status as "done", doneAt: f.doneAt, createdAt: T0 });
      const m = deriveMilestones({ communications: comms, remedyTasks: tasks, followUps: follow, moves: closedAt === null ? [] : [{ at: closedAt, to: "closed" }], stage: closedAt === null ? "remedying" : "closed" });
      facts.push({
        id, clientId, category: h.category, severity: h.severity, ownerId, fault: "ours", source: "internal",
        occurredAt: h.discovered - h.lag, discoveredAt: h.discovered, ...m,
        notifyTargetHours: DEFAULT_TARGETS.find((t) => t.severity === h.severity)!.notifyHours,
      });
    });
  });
  return { db, facts };
}

const everything = { from: T0 - 400 * 24 * HOUR, to: T0 + 400 * 24 * HOUR };

describe("response times: SQL agrees with the reference implementation", () => {
  it("on random histories, overall and by severity", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(history, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 90 * 24 }), async (histories, nowHours) => {
        const { db, facts } = load(histories);
        const overall = await responseTimes(db, everything, { by: "all" });
        for (const metric of RESPONSE_METRICS) {
          const expected = responseSummary(metric, facts);
          const got = overall.find((r) => r.metric === metric);
          if (expected.count === 0) expect(got).toBeUndefined();
          else {
            expect({ count: got!.count, median: got!.medianHours, p90: got!.p90Hours }).toEqual({ count: expected.count, median: expected.medianHours, p90: expected.p90Hours });
            expect(got!.meanHours).toBeCloseTo(expected.meanHours!, 9);
          }
        }
        const bySeverity = await responseTimes(db, everything, { by: "severity" });
        for (const severity of SEVERITIES) {
          const expected = responseSummary("ttn", facts.filter((f) => f.severity === severity));
          const got = bySeverity.find((r) => r.metric === "ttn" && r.group === severity);
          expect(got?.count ?? 0).toBe(expected.count);
          if (got) expect(got.medianHours).toBe(expected.medianHours);
        }
        const now = T0 + nowHours * HOUR;
        const [met] = await notificationTargetMet(db, everything, { by: "all" }, now);
        const reference = referenceTargetMet(facts, now);
        expect({ met: met.met, missed: met.missed, pending: met.pending }).toEqual({ met: reference.met, missed: reference.missed, pending: reference.pending });
      }),
      { numRuns: 40 },
    );
  });
});
