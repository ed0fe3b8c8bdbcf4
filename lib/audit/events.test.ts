import { describe, expect, it } from "vitest";
import { describeEvent, diff } from "./events";

describe("diff", () => {
  it("keeps only the fields that changed, with before and after", () => {
    expect(diff<Record<string, unknown>>({ title: "A", severity: "low", ownerId: null }, { title: "A", severity: "high", ownerId: 3 })).toEqual({
      severity: { from: "low", to: "high" },
      ownerId: { from: null, to: 3 },
    });
  });
});

describe("describeEvent", () => {
  it.each([
    ["setback.moved", { from: "discovered", to: "notified", kind: "forward" }, "Moved from Discovered to Notified"],
    ["setback.moved", { from: "remedying", to: "notified", kind: "back" }, "Moved back from Remedying to Notified"],
    ["setback.moved", { from: "closed", to: "remedying", kind: "reopen" }, "Reopened at Remedying"],
    ["setback.moved", { from: "notified", to: "closed", kind: "close_minor" }, "Closed as minor"],
    ["remedy.updated", { description: "Re-send", changes: { status: { from: "open", to: "done" } } }, "Remedy task done: Re-send"],
    ["compensation.recorded", { kind: "refund", amountCents: 75000, currency: "EUR", needsApproval: true }, "Compensation proposed: refund €750.00"],
    ["compensation.updated", { amount: "€750.00", changes: { status: { from: "proposed", to: "approved" } } }, "Compensation approved: €750.00"],
    ["compensation.recorded", { noneWarranted: "They asked for nothing" }, "Decided no compensation is warranted"],
    ["follow_up.updated", { satisfaction: 4, retained: true }, "Follow-up done: satisfaction 4/5, the client stays"],
    ["setback.updated", { changes: { ownerId: { from: 1, to: 2 }, title: { from: "a", to: "b" } } }, "Edited owner, title"],
  ])("%s %j", (kind, data, expected) => {
    expect(describeEvent(kind, data)).toBe(expected);
  });
});
