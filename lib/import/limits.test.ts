import { describe, expect, it } from "vitest";
import { IMPORT_MAX_BYTES, importTooLarge } from "./limits";

const MB = 1024 * 1024;

describe("the import's size message", () => {
  it("names the size to the nearest tenth, never as the limit itself", () => {
    expect(importTooLarge(IMPORT_MAX_BYTES)).toBeNull();
    expect(importTooLarge(IMPORT_MAX_BYTES + 1)).toMatch(/^The file is 10\.1 MB;/);
    expect(importTooLarge(12 * MB + 49)).toMatch(/^The file is 12 MB;/);
    expect(importTooLarge(12.06 * MB)).toMatch(/^The file is 12\.1 MB;/);
  });
});
