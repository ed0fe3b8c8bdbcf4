import { describe, expect, it } from "vitest";
import { checkFrontServer, NOT_BEHIND_SERVER } from "@/app/_server/front-server";

describe("a production start", () => {
  it("is refused without the server in front, which alone knows the client's address", () => {
    expect(() => checkFrontServer({ NODE_ENV: "production" })).toThrow(NOT_BEHIND_SERVER);
    expect(() => checkFrontServer({ NODE_ENV: "production", AMENDS_SERVER: "1" })).not.toThrow();
    expect(() => checkFrontServer({ NODE_ENV: "development" })).not.toThrow();
  });
});
