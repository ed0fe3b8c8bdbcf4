import { describe, expect, it } from "vitest";
import { contactInText } from "./contact-in-text";

const hannah = { id: 1, name: "Hannah Price", email: "hannah.price@crescent.example", phone: "0161 555 0199" };
const omar = { id: 2, name: "Omar Reid", email: "omar@crescent.example", phone: "" };
const contacts = [hannah, omar];

describe("contactInText", () => {
  it("finds the one contact a client's answer names, by email, phone or full name", () => {
    expect(contactInText("hannah.price@crescent.example", contacts)).toBe(hannah);
    expect(contactInText("Call me: +44 (0)161 555 0199", contacts)).toBe(hannah);
    expect(contactInText("Hannah, 0161 555 0199", contacts)).toBe(hannah);
    expect(contactInText("Omar Reid, front desk", contacts)).toBe(omar);
    expect(contactInText("omar reid", contacts)).toBe(omar);
  });

  it("names nobody on a first name alone, a part of a name, none, or two", () => {
    expect(contactInText("Hannah", contacts)).toBeNull();
    expect(contactInText("Omar Reidy", contacts)).toBeNull();
    expect(contactInText("", contacts)).toBeNull();
    expect(contactInText("Hannah Price or Omar Reid", contacts)).toBeNull();
    expect(contactInText("hannah.price@crescent.example.org", contacts)).toBeNull();
  });
});
