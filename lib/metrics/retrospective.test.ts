import { describe, expect, it } from "vitest";
import { actionStatus, describeChange, toMarkdown } from "./retrospective";

describe("describeChange", () => {
  it("says up or down, by how much, and whether that is better", () => {
    expect(describeChange({ label: "TTN", current: 6, previous: 8.5, unit: "h", higherIsBetter: false })).toBe("down 2.5 h (better)");
    expect(describeChange({ label: "Met", current: 50, previous: 75, unit: "%", higherIsBetter: true })).toBe("down 25.0% (worse)");
    expect(describeChange({ label: "Count", current: 3, previous: 3, unit: "", higherIsBetter: false })).toBe("no change");
    expect(describeChange({ label: "Count", current: 3, previous: null, unit: "", higherIsBetter: false })).toBe("—");
  });
});

describe("toMarkdown", () => {
  it("writes every section, marks repeated prevention, and escapes table cells", () => {
    const md = toMarkdown(
      {
        periodLabel: "2026-Q3",
        previousLabel: "2026-Q2",
        headlines: [{ label: "Median time to notify", current: 6, previous: 8, unit: "h", higherIsBetter: false }],
        setbacks: [{ number: 7, title: "Late | pallet", client: "Northwind", stage: "closed", rootCause: "No check", rootCauseCategory: "Process" }],
        actions: [{ description: "Checklist", setbackNumber: 7, owner: "Jordan Lee", dueAt: null, doneAt: 1, repeatedBy: [9] }],
        patterns: [{ pair: "Northwind × Delay", count: 2, references: [7, 9] }],
        notes: "Call first.",
        savedAs: 7,
      },
      10,
      () => "1 Jan",
    );
    expect(md).toContain("| Median time to notify | 6.0 h | 8.0 h | down 2.0 h (better) |");
    expect(md).toContain("- **SB-0007** Late \\| pallet (Northwind, closed) — root cause (Process): No check");
    expect(md).toContain("- [x] Checklist (SB-0007, Jordan Lee, done); **followed by a repeat**: SB-0009");
    expect(md).toContain("- Northwind × Delay: 2 setbacks (SB-0007, SB-0009)");
    expect(md.trim().endsWith("Call first.")).toBe(true);
  });

  it("knows an open action from an overdue one", () => {
    const a = { description: "x", setbackNumber: 1, owner: null, dueAt: 100, doneAt: null, repeatedBy: [] };
    expect([actionStatus(a, 50), actionStatus(a, 150), actionStatus({ ...a, doneAt: 120 }, 150)]).toEqual(["open", "overdue", "done"]);
  });
});
