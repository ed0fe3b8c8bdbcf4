// Instants of every size and shape, for the property tests: the whole safe-integer range, its
// edges and JavaScript's Date limits, and ISO 8601 strings with 4-, 5- and 6-digit years.
import fc from "fast-check";
import { EARLIEST_INSTANT, LATEST_INSTANT } from "@/lib/time/window";

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, "0");
/** A year as ISO 8601 writes it: four digits, or a sign and six (the "expanded" years). */
const isoYear = (year: number) => (year >= 0 && year <= 9999 ? pad(year, 4) : `${year < 0 ? "-" : "+"}${pad(year, 6)}`);

/** Instants of any size: the whole safe-integer range, its edges and JavaScript's Date limits. */
export const anyInstantNumber = fc.oneof(
  fc.maxSafeInteger(),
  fc.integer({ min: EARLIEST_INSTANT - 10 * 365 * 86_400_000, max: LATEST_INSTANT + 10 * 365 * 86_400_000 }),
  fc.double(),
  fc.constantFrom(
    Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 8_640_000_000_000_001, -8_640_000_000_000_001, 8_640_000_000_000_000, -8_640_000_000_000_000,
    EARLIEST_INSTANT - 1, EARLIEST_INSTANT, LATEST_INSTANT - 1, LATEST_INSTANT, 1e21, -0,
  ),
);

/** ISO strings with 4-, 5- and 6-digit years, with or without a time and offset, and the edges. */
export const anyInstantString = fc.oneof(
  fc
    .tuple(fc.integer({ min: -271_821, max: 275_760 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom("", "T10:00", "T10:00:00Z", "T23:59:59.999+02:00"))
    .map(([y, m, d, time]) => `${isoYear(y)}-${pad(m, 2)}-${pad(d, 2)}${time}`),
  fc.tuple(fc.integer({ min: 10_000, max: 275_760 }), fc.constantFrom("-01-01", "-01-01T10:00", "-09-13T00:00:00Z")).map(([y, rest]) => `${y}${rest}`),
  fc.constantFrom("+275760-09-13T00:00:00Z", "+275760-09-13T00:00:00.001Z", "-271821-04-20T00:00:00Z", "20260-01-01", "+020260-01-01", "0000-01-01", "0050-06-01", "1969-12-31T23:59:59Z", "2100-01-01T00:00:00Z", "1", "2026", "Sun, 22 Nov 2026 08:00:00 GMT"),
);
