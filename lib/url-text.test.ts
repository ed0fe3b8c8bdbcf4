import { describe, expect, it } from "vitest";
import { decodeOrKeep } from "./url-text";

describe("decodeOrKeep", () => {
  it("decodes what is encoded and keeps what cannot be decoded", () => {
    expect(decodeOrKeep("SB-0001")).toBe("SB-0001");
    expect(decodeOrKeep("Europe%2FBerlin")).toBe("Europe/Berlin");
    expect(decodeOrKeep("%")).toBe("%");
    expect(decodeOrKeep("%E0%A4%A")).toBe("%E0%A4%A");
  });
});
