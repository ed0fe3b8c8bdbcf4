import { describe, expect, it } from "vitest";
import { id, optionalId } from "./fields";
import { targetsInput } from "./settings";

// A JSON body can send an object whose toString is not a function: Number() of it throws, which
// was a 500 (found by tests/integration/api-bad-input.property.test.ts, seed 2144026040).
const hostile = { toString: "" };

describe("a number field sent something that is not a number", () => {
  it("refuses it with the field's message instead of throwing", () => {
    expect(id("a client").safeParse(hostile)).toMatchObject({ success: false });
    expect(id("a client").safeParse(hostile).error?.issues[0].message).toBe("Choose a client");
    expect(optionalId("an owner").safeParse(hostile)).toMatchObject({ success: false });
    expect(targetsInput.safeParse({ "notify.critical": hostile }).success).toBe(false);
    expect(id("a client").safeParse("12")).toEqual({ success: true, data: 12 });
  });
});
