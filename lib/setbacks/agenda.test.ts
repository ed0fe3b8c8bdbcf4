import { describe, expect, it } from "vitest";
import { dayBounds } from "../time/days";
import { groupAgenda } from "./agenda";

describe("dayBounds", () => {
  it("counts whole days in the organisation's time zone", () => {
    // 23:30 UTC on 21 Nov is already 22 Nov in Paris.
    const b = dayBounds(Date.UTC(2026, 10, 21, 23, 30), "Europe/Paris");
    expect(b.startOfToday).toBe(Date.UTC(2026, 10, 21, 23, 0));
    expect(b.startOfTomorrow).toBe(Date.UTC(2026, 10, 22, 23, 0));
    expect(b.endOfWeek).toBe(Date.UTC(2026, 10, 29, 23, 0));
  });
});

describe("groupAgenda", () => {
  const bounds = dayBounds(Date.UTC(2026, 10, 22, 12), "UTC");
  it("sorts items into overdue, today and the next seven days, and drops later ones", () => {
    const at = (d: number, h = 9) => ({ dueAt: Date.UTC(2026, 10, d, h), label: `${d}/${h}` });
    const agenda = groupAgenda([at(22, 18), at(20), at(23), at(22, 0), at(29, 23), at(30, 0), at(21, 23)], bounds);
    expect(agenda.overdue.map((i) => i.label)).toEqual(["20/9", "21/23"]);
    expect(agenda.today.map((i) => i.label)).toEqual(["22/0", "22/18"]);
    expect(agenda.nextWeek.map((i) => i.label)).toEqual(["23/9", "29/23"]);
  });
});
