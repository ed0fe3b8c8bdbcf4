import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyInstantNumber } from "@/tests/helpers/instants";
import { formatDateTime, formatDuration, parseLocalDateTime, toLocalDate, toLocalInputValue, UNSHOWN_DATE } from "./zoned";

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

describe("showing a stored instant", () => {
  const zones = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles", "Asia/Kathmandu"];

  it("never throws, whatever number is stored: a date past JavaScript's range is shown as such", () => {
    fc.assert(
      fc.property(anyInstantNumber, fc.constantFrom(...zones), (ms, zone) => {
        const shown = formatDateTime(ms, zone);
        if (Math.abs(ms) > 8_640_000_000_000_000 || !Number.isFinite(ms)) expect(shown).toBe(UNSHOWN_DATE);
        else expect(shown).toMatch(/\d{1,2} \w+ \d+, \d{2}:\d{2}$/);
        // A form's value is either one a date input takes, or blank (to be entered again).
        expect(toLocalInputValue(ms, zone)).toMatch(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/);
        expect(toLocalDate(ms, zone)).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
      }),
      { numRuns: 2_000 },
    );
  });

  it("shows the probe's values as out of range, and the last renderable instant as a date", () => {
    expect(formatDateTime(-9_007_199_254_740_991, "UTC")).toBe(UNSHOWN_DATE);
    expect(formatDateTime(8_640_000_000_000_001, "Europe/Berlin")).toBe(UNSHOWN_DATE);
    expect(formatDateTime(8_640_000_000_000_000, "UTC")).toBe("13 Sept 275760, 00:00");
    expect(formatDateTime(Date.UTC(2026, 10, 22, 9, 30), "Europe/Berlin")).toBe("22 Nov 2026, 10:30");
  });
});
