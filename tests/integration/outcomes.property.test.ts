import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as sqlVersion from "@/db/queries/reports/outcomes";
import { insertClient } from "@/db/writes/clients";
import { insertCommunication, insertCompensation, insertFollowUp } from "@/db/writes/records";
import { insertSetback } from "@/db/writes/setbacks";
import * as reference from "@/lib/metrics/outcomes";
import { DEFAULT_TARGETS } from "@/lib/settings";
import { CHANNELS, COMPENSATION_KINDS, SEVERITIES } from "@/lib/setbacks/vocabulary";
import { freshDb } from "../helpers/db";

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 1);

const setback = fc.record({
  client: fc.integer({ min: 0, max: 1 }),
  severity: fc.constantFrom(...SEVERITIES),
  category: fc.constantFrom("delay", "failure"),
  fault: fc.constantFrom("ours", "external", "unassessed"),
  day: fc.integer({ min: 0, max: 50 }),
  reopenCount: fc.constantFrom(0, 0, 1, 2),
  minor: fc.boolean(),
  compensations: fc.array(fc.record({ kind: fc.constantFrom(...COMPENSATION_KINDS), cents: fc.integer({ min: 0, max: 100_000 }), currency: fc.constantFrom("EUR", "USD"), status: fc.constantFrom("proposed", "approved", "issued", "rejected") }), { maxLength: 3 }),
  followUps: fc.array(fc.record({ done: fc.boolean(), hour: fc.integer({ min: 0, max: 5 }), satisfaction: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), retained: fc.option(fc.boolean(), { nil: null }) }), { maxLength: 3 }),
  communications: fc.array(
    fc.record({ outbound: fc.boolean(), channel: fc.constantFrom(...CHANNELS), hour: fc.integer({ min: 0, max: 100 }), corrects: fc.boolean(), flags: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }) }),
    { maxLength: 3 },
  ),
});

describe("compensation, outcomes and communication quality: SQL agrees with the reference", () => {
  it("on random histories", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(setback, { minLength: 1, maxLength: 15 }), async (list) => {
        const db = freshDb();
        const facts: reference.OutcomeSetback[] = [];
        db.transaction((tx) => {
          const clients = [insertClient(tx, { name: "A", createdAt: T0, updatedAt: T0 }), insertClient(tx, { name: "B", createdAt: T0, updatedAt: T0 })];
          list.forEach((s, i) => {
            const discoveredAt = T0 + s.day * 24 * HOUR;
            const clientId = clients[s.client];
            const id = insertSetback(tx, {
              number: i + 1, clientId, title: "x", category: s.category, severity: s.severity, fault: s.fault, source: "internal", occurredAt: discoveredAt, discoveredAt,
              stage: s.minor ? "closed" : "review", stageChangedAt: discoveredAt, reopenCount: s.reopenCount, closedAsMinor: s.minor, createdAt: T0, updatedAt: T0,
            });
            for (const c of s.compensations) insertCompensation(tx, { setbackId: id, kind: c.kind, amountCents: c.cents, currency: c.currency, status: c.status, createdAt: T0 });
            const followUps = s.followUps.map((f) => {
              const row = { status: f.done ? "done" : "planned", doneAt: f.done ? discoveredAt + f.hour * HOUR : null, satisfaction: f.done ? f.satisfaction : null, retained: f.done ? f.retained : null };
              return { ...row, id: insertFollowUp(tx, { ...row, status: row.status as "done", setbackId: id, dueAt: discoveredAt, createdAt: T0 }) };
            });
            const comms: reference.OutcomeSetback["communications"][number][] = [];
            for (const c of s.communications) {
              const previous = comms.at(-1);
              const row = {
                direction: c.outbound ? "outbound" : "inbound", channel: c.channel, occurredAt: discoveredAt + c.hour * HOUR,
                correctsId: c.corrects && previous && !comms.some((x) => x.correctsId === previous.id) ? previous.id : null,
                apologised: c.flags[0], explainedCause: c.flags[1], offeredRemedy: c.flags[2], gaveTimeline: c.flags[3],
              };
              comms.push({ ...row, id: insertCommunication(tx, { ...row, direction: row.direction as "outbound", setbackId: id, summary: "x", createdAt: T0 }) });
            }
            facts.push({
              id, discoveredAt, reopenCount: s.reopenCount, closedAsMinor: s.minor,
              notifyTargetHours: DEFAULT_TARGETS.find((t) => t.severity === s.severity)!.notifyHours,
              keys: { category: s.category, client: String(clientId), fault: s.fault },
              compensations: s.compensations.map((c) => ({ kind: c.kind, amountCents: c.cents, currency: c.currency, status: c.status })),
              followUps, communications: comms,
            });
          });
        });
        const filter = { from: T0, to: T0 + 60 * 24 * HOUR };
        for (const by of ["kind", "category", "client", "fault"] as const) {
          expect(await sqlVersion.compensationTotals(db, filter, by)).toEqual(reference.compensationTotals(facts, by));
        }
        const share = await sqlVersion.compensationShare(db, filter);
        const expectedShare = reference.compensationShare(facts);
        expect({ ...share, averages: share.averages.map((a) => a.currency) }).toEqual({ ...expectedShare, averages: expectedShare.averages.map((a) => a.currency) });
        share.averages.forEach((a, i) => expect(a.averageCents).toBeCloseTo(expectedShare.averages[i].averageCents, 9));
        const outcomes = await sqlVersion.outcomeFigures(db, filter);
        const expectedOutcomes = reference.outcomeFigures(facts);
        expect({ ...outcomes, meanSatisfaction: null }).toEqual({ ...expectedOutcomes, meanSatisfaction: null });
        if (expectedOutcomes.meanSatisfaction === null) expect(outcomes.meanSatisfaction).toBeNull();
        else expect(outcomes.meanSatisfaction).toBeCloseTo(expectedOutcomes.meanSatisfaction, 9);
        expect(await sqlVersion.communicationQuality(db, filter)).toEqual(reference.communicationQuality(facts));
      }),
      { numRuns: 40 },
    );
  });
});
