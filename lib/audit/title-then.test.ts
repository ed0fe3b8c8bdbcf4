import { describe, expect, it } from "vitest";
import { setbackSubject, titleAt } from "./title-then";

describe("titleAt", () => {
  const renames = [
    { eventId: 10, from: "Late van" },
    { eventId: 20, from: "Late delivery" },
  ];
  it.each([
    [5, "Late van"],
    [10, "Late delivery"],
    [15, "Late delivery"],
    [20, "Late delivery to Leeds"],
    [25, "Late delivery to Leeds"],
  ])("event %i was recorded while the setback was called %s", (eventId, expected) => {
    expect(titleAt(eventId, renames, "Late delivery to Leeds")).toBe(expected);
  });
  it("falls back to the current title where a stored rename holds no title", () => {
    expect(titleAt(5, [{ eventId: 10, from: 42 }], "Late delivery")).toBe("Late delivery");
    expect(titleAt(5, [], null)).toBeNull();
  });
});

describe("setbackSubject", () => {
  it("says the current title only when it differs", () => {
    expect(setbackSubject("SB-0012", "Late van", "Late delivery to Leeds")).toBe("SB-0012 · Late van (now “Late delivery to Leeds”)");
    expect(setbackSubject("SB-0012", "Late van", "Late van")).toBe("SB-0012 · Late van");
    expect(setbackSubject("SB-0012", null, null)).toBe("SB-0012");
  });
});
