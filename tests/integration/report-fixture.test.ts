import { describe, expect, it } from "vitest";
import { seedReportFixture } from "@/db/fixtures/reports";
import { responseReport } from "@/db/queries/reports/response-report";
import { communicationQuality } from "@/db/queries/reports/outcomes";
import { verifyAuditChain } from "@/db/audit";
import { resolvePeriod } from "@/lib/metrics/period";
import { freshDb } from "../helpers/db";

describe("the report on the hand-computed fixture (see db/fixtures/reports.ts)", () => {
  it("gives exactly the figures worked out by hand", async () => {
    const db = freshDb();
    seedReportFixture(db);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    const period = resolvePeriod({ period: "custom", from: "2025-01-01", to: "2025-03-31" }, Date.UTC(2026, 0, 1), "UTC");
    const { tables, trend } = await responseReport(db, { from: period.from, to: period.to }, period, "UTC", Date.UTC(2026, 0, 1));
    const byId = Object.fromEntries(tables.map((t) => [t.id, t.rows]));
    expect(byId["response-times"]).toEqual([
      ["Time to notify", "4", "3.00", "30.00", "9.75"],
      ["Time to remedy", "3", "48.00", "96.00", "56.00"],
      ["Time to follow-up", "1", "168.00", "168.00", "168.00"],
      ["Time to close", "1", "336.00", "336.00", "336.00"],
      ["Detection lag", "5", "1.00", "24.00", "9.90"],
      ["Notification target met", "3 of 5", "60.0%", "", ""],
    ]);
    expect(byId["ttn-by-month"]).toEqual([
      ["2025-01", "2", "3.00", "30.00", "16.50", "50.0%"],
      ["2025-02", "2", "1.00", "5.00", "3.00", "66.7%"],
    ]);
    expect(byId["ttn-by-severity"]).toEqual([
      ["Critical", "1", "1.00", "1.00", "1.00", "100.0%"],
      ["High", "2", "3.00", "5.00", "4.00", "100.0%"],
      ["Medium", "1", "30.00", "30.00", "30.00", "0.0%"],
      ["Low", "0", "—", "—", "—", "0.0%"],
    ]);
    expect(byId["ttx-by-severity"]).toEqual([
      ["Critical", "1.00 (1)", "24.00 (1)", "—", "—", "0.50 (1)"],
      ["High", "3.00 (2)", "48.00 (1)", "168.00 (1)", "336.00 (1)", "1.00 (2)"],
      ["Medium", "30.00 (1)", "96.00 (1)", "—", "—", "24.00 (1)"],
      ["Low", "—", "—", "—", "—", "0.00 (1)"],
    ]);
    expect(trend.map((p) => [p.month, p.medianTtnHours, p.targetMetPercent])).toEqual([
      ["2025-01", 3, 50],
      ["2025-02", 1, (100 * 2) / 3],
      ["2025-03", null, null],
    ]);
  });

  it("counts only the boxes the person ticked, on the notification that stands (not the one it corrected)", async () => {
    const db = freshDb();
    seedReportFixture(db);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    const period = resolvePeriod({ period: "custom", from: "2025-01-01", to: "2025-03-31" }, Date.UTC(2026, 0, 1), "UTC");
    expect(await communicationQuality(db, { from: period.from, to: period.to })).toMatchObject({
      notifications: 4,
      apologyPercent: 50,
      causePercent: 25,
      remedyPercent: 0,
      timelinePercent: 25,
    });
  });
});
