import { describe, expect, it } from "vitest";
import { DUE_DATE_PASSED, dueDateRefusal } from "./due-dates";

const now = Date.UTC(2026, 11, 1, 12);

describe("a planned task's due date", () => {
  it("refuses a due date that has passed", () => {
    expect(dueDateRefusal(now - 1, false, now)).toBe(DUE_DATE_PASSED);
    expect(dueDateRefusal(Date.UTC(2026, 10, 30, 23, 59, 59), false, now)).toContain("The due date has passed");
  });

  it("takes now, later, none, and any date recorded after the fact", () => {
    expect(dueDateRefusal(now, false, now)).toBeNull();
    expect(dueDateRefusal(Date.UTC(2026, 11, 1, 23, 59, 59), false, now)).toBeNull();
    expect(dueDateRefusal(null, false, now)).toBeNull();
    expect(dueDateRefusal(undefined, false, now)).toBeNull();
    expect(dueDateRefusal(Date.UTC(2020, 0, 1), true, now)).toBeNull();
  });
});
