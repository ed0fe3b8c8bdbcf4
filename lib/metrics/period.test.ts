import { describe, expect, it } from "vitest";
import { monthStarts, periodInput, previousPeriodOf, resolvePeriod } from "./period";

const NOW = Date.UTC(2026, 10, 22, 15); // 22 Nov 2026

describe("resolvePeriod", () => {
  it("takes the last 30 days as whole days, today included", () => {
    expect(resolvePeriod({ period: "30" }, NOW, "UTC")).toEqual({ from: Date.UTC(2026, 9, 24), to: Date.UTC(2026, 10, 23), label: "Last 30 days" });
  });

  it("counts days in the organisation's zone, across a DST change", () => {
    // Europe/Paris leaves summer time on 25 Oct 2026: the period starts at 00:00 Paris (22:00 UTC the day before, in summer).
    const p = resolvePeriod({ period: "custom", from: "2026-10-20", to: "2026-10-26" }, NOW, "Europe/Paris");
    expect(p.from).toBe(Date.UTC(2026, 9, 19, 22));
    expect(p.to).toBe(Date.UTC(2026, 9, 26, 23));
    expect((p.to - p.from) / 3_600_000).toBe(7 * 24 + 1);
  });

  it("resolves a quarter, and the current one by default", () => {
    expect(resolvePeriod({ period: "quarter", quarter: "2026-Q3" }, NOW, "UTC")).toEqual({ from: Date.UTC(2026, 6, 1), to: Date.UTC(2026, 9, 1), label: "2026-Q3" });
    expect(resolvePeriod({ period: "quarter" }, NOW, "UTC").label).toBe("2026-Q4");
    expect(resolvePeriod({ period: "quarter", quarter: "2026-Q4" }, NOW, "UTC").to).toBe(Date.UTC(2027, 0, 1));
  });

  it("falls back to 90 days when a custom period is incomplete or reversed", () => {
    expect(resolvePeriod({ period: "custom", from: "2026-11-10", to: "2026-11-01" }, NOW, "UTC").label).toBe("Last 90 days");
  });

  it("drops, as any bad filter, a day outside 1970–2099 or one that does not exist", () => {
    const read = (params: Record<string, string>) => resolvePeriod(periodInput.parse(params), NOW, "UTC");
    // Nine thousand years of months would be a report of 97,000 rows; a day that does not exist has no instant.
    expect(read({ period: "custom", from: "0001-01-01", to: "9999-12-31" }).label).toBe("Last 90 days");
    expect(read({ period: "custom", from: "2026-02-30", to: "2026-03-01" }).label).toBe("Last 90 days");
    expect(read({ period: "quarter", quarter: "2100-Q1" }).label).toBe("2026-Q4");
    expect(read({ period: "custom", from: "1970-01-01", to: "2099-12-31" })).toEqual({ from: 0, to: Date.UTC(2100, 0, 1), label: "1970-01-01 to 2099-12-31" });
  });
});

describe("monthStarts", () => {
  it("lists each month that overlaps the period", () => {
    expect(monthStarts({ from: Date.UTC(2026, 8, 15), to: Date.UTC(2026, 10, 2), label: "" }, "UTC")).toEqual([Date.UTC(2026, 8, 1), Date.UTC(2026, 9, 1), Date.UTC(2026, 10, 1)]);
  });
});

describe("previousPeriodOf", () => {
  it("compares a quarter with the calendar quarter before, even across a year", () => {
    const q1 = resolvePeriod({ period: "quarter", quarter: "2026-Q1" }, NOW, "UTC");
    expect(previousPeriodOf({ period: "quarter", quarter: "2026-Q1" }, q1, NOW, "UTC")).toEqual({ from: Date.UTC(2025, 9, 1), to: Date.UTC(2026, 0, 1), label: "2025-Q4" });
  });

  it("compares other periods with the same length just before", () => {
    const last30 = resolvePeriod({ period: "30" }, NOW, "UTC");
    expect(previousPeriodOf({ period: "30" }, last30, NOW, "UTC")).toEqual({ from: Date.UTC(2026, 8, 24), to: Date.UTC(2026, 9, 24), label: "2026-09-24 to 2026-10-23" });
  });
});
