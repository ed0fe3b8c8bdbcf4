import { describe, expect, it } from "vitest";
import { neutralTitle, statusTitles } from "./status-title";

const DEC3 = Date.UTC(2026, 11, 3, 23, 30); // 3 December in London, 4 December in Paris
const NOW = Date.UTC(2026, 11, 10);
const entry = (number: number, extra: Partial<Parameters<typeof statusTitles>[0][number]> = {}) => ({ number, clientTitle: null, ownFirstLine: null, category: "delay", discoveredAt: DEC3, ...extra });

describe("the status page's titles", () => {
  it("names a setback without a client title by its category in plain words and its day in the organisation's zone", () => {
    expect(neutralTitle({ category: "delay", discoveredAt: DEC3 }, "Europe/London", NOW)).toBe("Your delay of 3 December");
    expect(neutralTitle({ category: "billing_error", discoveredAt: DEC3 }, "Europe/Paris", NOW)).toBe("Your invoice problem of 4 December");
    expect(neutralTitle({ category: "our_own_category", discoveredAt: DEC3 }, "UTC", Date.UTC(2027, 1, 1))).toBe("Your issue of 3 December 2026");
  });

  it("prefers the client title, then the first line of their own report, never the internal title", () => {
    expect(statusTitles([entry(1, { clientTitle: "Your order of 12 March" }), entry(2, { ownFirstLine: "The portal shows last month's invoice" }), entry(3, { category: "failure" })], "UTC", NOW))
      .toEqual(["Your order of 12 March", "The portal shows last month's invoice", "Your service failure of 3 December"]);
  });

  it("never lets two entries read the same: the repeated ones carry their reference", () => {
    expect(statusTitles([entry(7), entry(9), entry(12, { category: "failure" }), entry(13, { ownFirstLine: "Late again" }), entry(14, { clientTitle: "late again" })], "UTC", NOW)).toEqual([
      "Your delay of 3 December (SB-0007)", "Your delay of 3 December (SB-0009)", "Your service failure of 3 December", "Late again (SB-0013)", "late again (SB-0014)",
    ]);
  });
});
