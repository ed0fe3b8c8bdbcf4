import { describe, expect, it } from "vitest";
import { echoableValues, isSecretField } from "./secret-fields";

describe("the values a refused form gets back", () => {
  it("keep every typed text field but no secret", () => {
    const raw = { name: "Amy", email: "amy@example.com", role: "member", password: "typed-secret", tags: ["a", "b"] };
    expect(echoableValues(raw)).toEqual({ name: "Amy", email: "amy@example.com", role: "member" });
  });

  it("count as secret any field named like a password, passphrase, token or secret", () => {
    for (const name of ["password", "newPassword", "current_password", "passphrase", "token", "apiToken", "clientSecret"]) expect(isSecretField(name), name).toBe(true);
    for (const name of ["name", "email", "summary", "promise", "what", "reach"]) expect(isSecretField(name), name).toBe(false);
  });
});
