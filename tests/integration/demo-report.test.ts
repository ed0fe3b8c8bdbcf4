import { describe, expect, it } from "vitest";
import { boardCards } from "@/db/queries/board";
import { recurrenceRate } from "@/db/queries/reports/recurrence";
import { notificationTargetMet, responseTimes } from "@/db/queries/reports/response-times";
import { getSetbackRecords } from "@/db/queries/setback-records";
import { setbackTimeline } from "@/db/queries/setbacks";
import { seedDemo } from "@/db/seed";
import { recurrenceRate as referenceRate } from "@/lib/metrics/recurrence";
import { RESPONSE_METRICS, notificationTargetMet as referenceMet, responseSummary, type SetbackFacts } from "@/lib/metrics/response-times";
import { DEFAULT_TARGETS } from "@/lib/settings";
import { deriveMilestones } from "@/lib/setbacks/milestones";
import { freshDb } from "../helpers/db";

describe("on the demo data, the report's SQL matches the reference implementation", () => {
  it("for every response-time figure, the target met and the recurrence rate", async () => {
    const db = freshDb();
    const now = Date.now();
    seedDemo(db, now);
    const cards = [...(await boardCards(db, {}, null)), ...(await boardCards(db, { closed: "1" }, null))];
    const facts: SetbackFacts[] = [];
    for (const card of cards) {
      const records = await getSetbackRecords(db, { id: card.id, clientId: card.clientId, noCompensationReason: null });
      const events = await setbackTimeline(db, card.id);
      const row = db.$client.prepare("select occurred_at as o, category, owner_id as owner, fault, source from setbacks where id = ?").get(card.id) as { o: number; category: string; owner: number | null; fault: string; source: string };
      facts.push({
        id: card.id, clientId: card.clientId, category: row.category, severity: card.severity, ownerId: row.owner, fault: row.fault, source: row.source,
        occurredAt: row.o, discoveredAt: card.discoveredAt,
        ...deriveMilestones({
          communications: records.communications, remedyTasks: records.remedyTasks, followUps: records.followUps,
          moves: events.filter((e) => e.kind === "setback.moved").map((e) => ({ at: e.at, to: String(e.data.to) })), stage: card.stage,
        }),
        notifyTargetHours: DEFAULT_TARGETS.find((t) => t.severity === card.severity)!.notifyHours,
      });
    }
    const period = { from: now - 365 * 86_400_000, to: now + 1 };
    const rows = await responseTimes(db, period, { by: "all" });
    for (const metric of RESPONSE_METRICS) {
      const expected = responseSummary(metric, facts);
      const got = rows.find((r) => r.metric === metric)!;
      expect([metric, got.count, got.medianHours, got.p90Hours]).toEqual([metric, expected.count, expected.medianHours, expected.p90Hours]);
      expect(got.meanHours).toBeCloseTo(expected.meanHours!, 9);
    }
    const [met] = await notificationTargetMet(db, period, { by: "all" }, now);
    expect(met).toMatchObject(referenceMet(facts, now));
    const all = facts.map((f) => ({ id: f.id, clientId: f.clientId, category: f.category, discoveredAt: f.discoveredAt, rootCause: null, preventionDoneAt: [] }));
    expect(await recurrenceRate(db, period, 90)).toEqual(referenceRate(all, all, 90));
  });
});
