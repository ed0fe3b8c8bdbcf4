import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes what needs quoting and defuses formulas, but not negative numbers", () => {
    expect(toCsv(["a", "b"], [["x,y", 'say "hi"'], ["=SUM(A1)", "-1.50"], ["line\nbreak", ""]])).toBe(
      'a,b\r\n"x,y","say ""hi"""\r\n\'=SUM(A1),-1.50\r\n"line\nbreak",\r\n',
    );
  });
});
