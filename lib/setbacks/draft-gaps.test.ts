import { describe, expect, it } from "vitest";
import { gap, gapMessage, unfilledGaps } from "./draft-gaps";

describe("a draft's marked gaps", () => {
  it("finds each gap once, in order, and names them in the refusal", () => {
    const text = `We offer ${gap("what we offer")}. By ${gap("when")}; again ${gap("what we offer")}.`;
    expect(unfilledGaps(text)).toEqual(["what we offer", "when"]);
    expect(gapMessage(unfilledGaps(text))).toBe("Fill in or remove: what we offer; when");
  });

  it("takes nothing a person types for a gap: single brackets, a lone bracket, a filled-in text", () => {
    expect(unfilledGaps("As agreed [sic], see note [1]. A credit of £50 [[ and ]] more ] [")).toEqual(["and"]);
    expect(unfilledGaps("A credit of £50 on the next invoice.")).toEqual([]);
    expect(unfilledGaps("[[]] and [[a\nb]]")).toEqual([]);
  });
});
