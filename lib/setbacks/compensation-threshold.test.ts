import { describe, expect, it } from "vitest";
import { compensationTotal, decideApproval, describeDecision, type CompensationAmount } from "./compensation-threshold";

const eur = (amountCents: number, status: CompensationAmount["status"]): CompensationAmount => ({ amountCents, currency: "EUR", status });

describe("the approval threshold on a setback's total", () => {
  it("adds issued, approved and waiting compensation, not rejected", () => {
    expect(compensationTotal([eur(100, "issued"), eur(200, "approved"), eur(400, "proposed"), eur(800, "rejected")], "EUR")).toEqual({ totalCents: 700, otherCurrencies: [] });
  });

  it("stands approved up to the threshold exactly, and not a cent above", () => {
    expect(decideApproval([eur(49_999, "approved")], 1, "EUR", 50_000)).toMatchObject({ needsApproval: false, totalCents: 50_000 });
    expect(decideApproval([eur(49_999, "issued")], 2, "EUR", 50_000)).toMatchObject({ needsApproval: true, totalCents: 50_001 });
  });

  it("sends anything to a manager when the setback holds another currency", () => {
    const d = decideApproval([{ amountCents: 100, currency: "USD", status: "issued" }], 1, "EUR", 50_000);
    expect(d).toEqual({ needsApproval: true, totalCents: 1, thresholdCents: 50_000, currency: "EUR", otherCurrencies: ["USD"] });
    expect(describeDecision(d)).toBe("Proposed; this setback also has compensation in USD, so a manager approves it (€0.01 in EUR).");
  });

  it("says the total in its message", () => {
    expect(describeDecision(decideApproval([eur(49_999, "approved"), eur(49_999, "proposed")], 49_999, "EUR", 50_000))).toBe(
      "Proposed; the setback's compensation would total €1,499.97, above the €500.00 threshold, so a manager approves it.",
    );
    expect(describeDecision(decideApproval([], 49_999, "EUR", 50_000))).toBe("Recorded and approved: the setback's compensation totals €499.99, within the €500.00 threshold.");
  });
});
