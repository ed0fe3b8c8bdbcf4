import { describe, expect, it } from "vitest";
import { zoneName } from "./zone-name";

describe("zoneName", () => {
  it("names a zone by its city, as a person says it", () => {
    expect(["Europe/London", "America/New_York", "America/Argentina/Buenos_Aires", "UTC"].map(zoneName)).toEqual(["London", "New York", "Buenos Aires", "UTC"]);
  });
});
