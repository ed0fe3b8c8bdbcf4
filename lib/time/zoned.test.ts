import { describe, expect, it } from "vitest";
import { formatDuration, parseLocalDateTime, toLocalInputValue } from "./zoned";

describe("local times in a zone", () => {
  it("reads a wall-clock time in the given zone", () => {
    expect(parseLocalDateTime("2026-01-15T09:30", "UTC")).toBe(Date.UTC(2026, 0, 15, 9, 30));
    expect(parseLocalDateTime("2026-01-15T09:30", "Europe/Paris")).toBe(Date.UTC(2026, 0, 15, 8, 30));
    expect(parseLocalDateTime("2026-07-15T09:30", "Europe/Paris")).toBe(Date.UTC(2026, 6, 15, 7, 30));
    expect(parseLocalDateTime("2026-07-15T09:30", "America/New_York")).toBe(Date.UTC(2026, 6, 15, 13, 30));
  });

  it("takes a date alone as midnight", () => {
    expect(parseLocalDateTime("2026-03-01", "Asia/Tokyo")).toBe(Date.UTC(2026, 1, 28, 15, 0));
  });

  it("rejects impossible dates and other text", () => {
    expect(parseLocalDateTime("2026-02-30T10:00", "UTC")).toBeNull();
    expect(parseLocalDateTime("yesterday", "UTC")).toBeNull();
  });

  it("round-trips through the input value across a DST change", () => {
    const zone = "Europe/London";
    for (const value of ["2026-03-29T00:30", "2026-03-29T03:30", "2026-10-25T03:00"]) {
      expect(toLocalInputValue(parseLocalDateTime(value, zone)!, zone)).toBe(value);
    }
  });
});

describe("formatDuration", () => {
  it("says durations as a person would", () => {
    expect(formatDuration(45 * 60_000)).toBe("45 min");
    expect(formatDuration(5 * 3_600_000)).toBe("5 h");
    expect(formatDuration(90 * 60_000)).toBe("1 h 30 min");
    expect(formatDuration(50 * 3_600_000)).toBe("2 d 2 h");
    expect(formatDuration(72 * 3_600_000)).toBe("3 d");
  });
});
