import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

/** What a spreadsheet reads back: the cells of the one data row. */
const cellsOf = (value: string) => (parse(toCsv(["a"], [[value]])) as string[][])[1];

describe("toCsv", () => {
  it("quotes what needs quoting and defuses formulas, but not negative numbers", () => {
    expect(toCsv(["a", "b"], [["x,y", 'say "hi"'], ["=SUM(A1)", "-1.50"], ["line\nbreak", ""]])).toBe(
      'a,b\r\n"x,y","say ""hi"""\r\n\'=SUM(A1),-1.50\r\n"line\nbreak",\r\n',
    );
  });

  it("defuses a formula that starts with a minus and a number (the probe's cells)", () => {
    expect(cellsOf("-2+3+cmd|' /C calc'!A0")).toEqual(["'-2+3+cmd|' /C calc'!A0"]);
    expect(cellsOf('-1+HYPERLINK("http://evil.example","x")')).toEqual(['\'-1+HYPERLINK("http://evil.example","x")']);
    expect(cellsOf("+1+cmd|' /C calc'!A0")).toEqual(["'+1+cmd|' /C calc'!A0"]);
    expect(cellsOf("\t=1+1")).toEqual(["'\t=1+1"]);
    expect(cellsOf("\r=1+1")).toEqual(["'\r=1+1"]);
  });

  it("leaves a plain number as it is, and prefixes every other cell that starts like a formula", () => {
    const trigger = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n");
    fc.assert(
      fc.property(trigger, fc.string({ maxLength: 20 }), (first, rest) => {
        const value = first + rest;
        const plainNumber = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(value);
        expect(cellsOf(value)).toEqual([plainNumber ? value : `'${value}`]);
      }),
      { numRuns: 2_000 },
    );
    for (const n of ["-1", "-1.50", "+3", "-0.5", "-1e3", "42"]) expect(cellsOf(n)).toEqual([n]);
  });

  it("writes any other text back exactly", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }).filter((s) => !/^[=+\-@\t\r\n]/.test(s)), (value) => {
        expect(cellsOf(value)).toEqual([value]);
      }),
      { numRuns: 1_000 },
    );
  });
});
