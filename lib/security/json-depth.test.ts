import { describe, expect, it } from "vitest";
import { nestsDeeperThan } from "./json-depth";

describe("how deeply JSON nests", () => {
  it("counts arrays and objects inside one another", () => {
    expect(nestsDeeperThan("[[[]]]", 3)).toBe(false);
    expect(nestsDeeperThan("[[[[]]]]", 3)).toBe(true);
    expect(nestsDeeperThan('{"a":[{"b":[]}]}', 4)).toBe(false);
    expect(nestsDeeperThan('{"a":[{"b":[]}]}', 3)).toBe(true);
    expect(nestsDeeperThan("[[],[],[],[]]", 2)).toBe(false); // side by side is not deeper
    expect(nestsDeeperThan(`[${"[".repeat(200_000)}${"]".repeat(200_000)}]`, 64)).toBe(true);
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    expect(nestsDeeperThan(JSON.stringify(["[".repeat(1000)]), 1)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ k: 'say "[[[[" and \\' }), 1)).toBe(false);
    expect(nestsDeeperThan(`["\\\\", [[]]]`, 2)).toBe(true); // the string ends after an escaped backslash
  });
});
