import { describe, expect, it } from "vitest";
import { responseTimes } from "@/db/queries/reports/response-times";
import { insertClient } from "@/db/writes/clients";
import { insertCommunication } from "@/db/writes/records";
import { insertSetback } from "@/db/writes/setbacks";
import { resolvePeriod } from "@/lib/metrics/period";
import { parseLocalDateTime } from "@/lib/time/zoned";
import { freshDb } from "../helpers/db";

describe("a setback across a daylight-saving change", () => {
  it("counts real elapsed hours, and falls in the day it was discovered on in the organisation's zone", async () => {
    const zone = "Europe/Paris";
    const discoveredAt = parseLocalDateTime("2026-10-24T23:30", zone)!; // summer time, UTC+2
    const notifiedAt = parseLocalDateTime("2026-10-25T09:30", zone)!; // winter time, UTC+1: 11 h later, not 10
    const db = freshDb();
    db.transaction((tx) => {
      const clientId = insertClient(tx, { name: "Paris Bakery", createdAt: discoveredAt, updatedAt: discoveredAt });
      const setbackId = insertSetback(tx, {
        number: 1, clientId, title: "Late croissants", category: "delay", severity: "medium", fault: "ours", source: "internal",
        occurredAt: discoveredAt, discoveredAt, stage: "notified", stageChangedAt: notifiedAt, createdAt: discoveredAt, updatedAt: discoveredAt,
      });
      insertCommunication(tx, { setbackId, direction: "outbound", channel: "phone", occurredAt: notifiedAt, summary: "Called", createdAt: notifiedAt });
    });
    const period = resolvePeriod({ period: "custom", from: "2026-10-24", to: "2026-10-24" }, notifiedAt, zone);
    const [ttn] = (await responseTimes(db, period, { by: "all" })).filter((r) => r.metric === "ttn");
    expect(ttn).toMatchObject({ count: 1, medianHours: 11 });
    const nextDay = resolvePeriod({ period: "custom", from: "2026-10-25", to: "2026-10-25" }, notifiedAt, zone);
    expect((await responseTimes(db, nextDay, { by: "all" })).length).toBe(0);
  });
});
