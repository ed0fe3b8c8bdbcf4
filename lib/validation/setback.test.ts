import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../commands/command";
import { newSetbackInput } from "./setback";

const HOUR = 3_600_000;

function valid(overrides: Record<string, unknown> = {}) {
  return {
    clientId: "3",
    title: "Invoice charged twice",
    category: "billing_error",
    severity: "high",
    fault: "ours",
    source: "internal",
    occurredAt: new Date(Date.now() - 5 * HOUR).toISOString(),
    discoveredAt: new Date(Date.now() - HOUR).toISOString(),
    ...overrides,
  };
}

function errors(input: Record<string, unknown>) {
  const result = newSetbackInput.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("newSetbackInput", () => {
  it("accepts a complete setback and fills the optional fields", () => {
    const result = newSetbackInput.parse(valid());
    expect(result).toMatchObject({ clientId: 3, ownerId: null, estimatedCostCents: null, sharedWithClient: false, description: "" });
  });

  it("says which required fields are missing", () => {
    expect(errors({ ...valid(), title: "  ", clientId: "", severity: undefined })).toEqual({
      clientId: ["Choose a client"],
      title: ["Title is required"],
      severity: ["Choose a severity"],
    });
  });

  it("refuses a 100 kB title", () => {
    expect(errors(valid({ title: "x".repeat(100_000) }))).toEqual({ title: ["Title must be at most 200 characters"] });
  });

  it("refuses dates in the future", () => {
    const tomorrow = new Date(Date.now() + 24 * HOUR).toISOString();
    expect(errors(valid({ discoveredAt: tomorrow }))).toEqual({ discoveredAt: ["Discovered at cannot be in the future"] });
  });

  it("refuses a discovery before the setback occurred", () => {
    const early = new Date(Date.now() - 10 * HOUR).toISOString();
    expect(errors(valid({ discoveredAt: early }))).toEqual({ discoveredAt: ["Discovered at cannot be before it occurred"] });
  });

  it("reads form times in the form's time zone", () => {
    const result = newSetbackInput.parse(valid({ occurredAt: "2026-01-10T09:00", discoveredAt: "2026-01-10T10:15", timeZone: "Europe/Berlin" }));
    expect(result.occurredAt).toBe(Date.UTC(2026, 0, 10, 8, 0));
    expect(result.discoveredAt).toBe(Date.UTC(2026, 0, 10, 9, 15));
  });

  it("turns an amount into cents and refuses what is not one", () => {
    expect(newSetbackInput.parse(valid({ estimatedCostCents: "1,250.5" })).estimatedCostCents).toBe(125050);
    expect(errors(valid({ estimatedCostCents: "a lot" }))).toEqual({ estimatedCostCents: ["Enter an estimated cost like 250.00"] });
  });

  it("refuses words outside the vocabulary", () => {
    expect(errors(valid({ fault: "nobody", source: "rumour" }))).toEqual({ fault: ["Choose whose fault it was"], source: ["Choose who found it"] });
  });
});
