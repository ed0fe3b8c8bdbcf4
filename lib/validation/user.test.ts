import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../commands/command";
import { newUserInput } from "./user";
import { newContactInput } from "./client";

describe("newUserInput", () => {
  it("normalises the email and accepts a known role", () => {
    expect(newUserInput.parse({ email: " Rosa@Example.COM ", name: "Rosa", role: "manager", password: "long-enough-pw" })).toMatchObject({
      email: "rosa@example.com",
      role: "manager",
    });
  });

  it("refuses a short password, a bad email and an unknown role", () => {
    const result = newUserInput.safeParse({ email: "rosa@", name: "Rosa", role: "owner", password: "short" });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({
      email: ["Enter a valid email"],
      role: ["Choose a role"],
      password: ["Password must be at least 10 characters"],
    });
  });
});

describe("newContactInput", () => {
  it("allows a contact without email, and refuses a malformed one", () => {
    expect(newContactInput.parse({ clientId: "1", name: "Ana" })).toMatchObject({ email: "", phone: "", role: "" });
    expect(newContactInput.safeParse({ clientId: "1", name: "Ana", email: "not-an-email" }).success).toBe(false);
  });
});
