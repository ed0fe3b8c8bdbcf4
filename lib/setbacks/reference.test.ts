import { describe, expect, it } from "vitest";
import { formatReference, nextNumber, parseReference } from "./reference";

describe("setback references", () => {
  it("pads to four digits and grows past them", () => {
    expect([1, 42, 9999, 10000].map(formatReference)).toEqual(["SB-0001", "SB-0042", "SB-9999", "SB-10000"]);
  });

  it("reads back what it writes, in any case", () => {
    expect(parseReference("SB-0042")).toBe(42);
    expect(parseReference("sb-0042")).toBe(42);
    expect(parseReference("SB-10000")).toBe(10000);
  });

  it("rejects what is not a reference", () => {
    for (const text of ["SB-42", "SB-00042", "SB-0000", "42", "SB-12ab", ""]) expect(parseReference(text)).toBeNull();
  });

  it("numbers from one, then after the highest", () => {
    expect(nextNumber(null)).toBe(1);
    expect(nextNumber(41)).toBe(42);
  });
});
