import { describe, expect, it } from "vitest";
import { addressedAs } from "./draft-parts";

describe("addressedAs", () => {
  it.each([
    ["Hannah Cole", "Hannah"],
    ["Dr. Emma Hart", "Dr. Hart"],
    ["Dr Emma Hart", "Dr Hart"],
    ["Ms Li", "Ms Li"],
    ["  Raj  ", "Raj"],
    ["Dr", "Dr"],
  ])("%s is addressed as %s", (name, expected) => {
    expect(addressedAs(name)).toBe(expected);
  });
});
