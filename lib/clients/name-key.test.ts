import { describe, expect, it } from "vitest";
import { clientNameKey, clientSearchKey } from "./name-key";

describe("a client name's key", () => {
  it.each([
    ["ÉCOLE MÜLLER", "école müller"],
    ["Société".normalize("NFD"), "Société".normalize("NFC")],
    ["İstanbul Ltd", "istanbul ltd"],
    ["ISTANBUL LTD", "ıstanbul ltd"],
    ["Straße", "STRASSE"],
    ["STRAẞE", "strasse"],
    ["ΟΔΟΣ", "οδοσ"],
    ["ＡＣＭＥ", "acme"],
    ["Eﬃcient Co", "efficient co"],
    ["  Acme \t\n Ltd\u00a0", "acme ltd"],
    ["Ac\u200bme\u00ad Ltd", "acme ltd"],
    ["Ǆemal", "džemal"],
  ])("%j and %j are one client", (a, b) => {
    expect(clientNameKey(a)).toBe(clientNameKey(b));
  });

  it.each([
    ["Müller GmbH", "Muller GmbH"],
    ["Peña", "Pena"],
    ["Acme, Ltd", "Acme Ltd"],
  ])("%j and %j stay two clients", (a, b) => {
    expect(clientNameKey(a)).not.toBe(clientNameKey(b));
  });

  it("is the folded text itself, and empty when nothing visible is left", () => {
    expect(clientNameKey("  ÉCOLE   Müller ")).toBe("école müller");
    expect(clientNameKey("\u200b \u2060")).toBe("");
  });

  it("does not change when applied again", () => {
    for (const name of ["İstanbul", "Straße", "Ǆ", "ΣΊΣΥΦΟΣ", "ﬀ", "Société".normalize("NFD")]) {
      expect(clientNameKey(clientNameKey(name))).toBe(clientNameKey(name));
      expect(clientSearchKey(clientSearchKey(name))).toBe(clientSearchKey(name));
    }
  });
});

describe("the search key", () => {
  it("also drops Latin, Greek and Cyrillic diacritics", () => {
    expect(clientSearchKey("ÉCOLE MÜLLER")).toBe("ecole muller");
    expect(clientSearchKey("Société".normalize("NFD"))).toBe("societe");
    expect(clientSearchKey("Ἀθῆναι")).toBe("αθηναι");
    expect(clientSearchKey("Ёлка")).toBe("елка");
  });

  it("keeps marks that are letters in other scripts", () => {
    expect(clientSearchKey("हिन्दी")).toBe("हिन्दी");
  });
});
