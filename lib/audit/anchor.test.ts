import { describe, expect, it } from "vitest";
import { formatAnchor, parseAnchor } from "./anchor";
import { newAuditKeyText, parseAuditKey, signatureProblem, signHead } from "./signature";

const key = parseAuditKey(newAuditKeyText());
const keys = new Map([[key.id, key.publicKey]]);
const head = signHead(key, { eventId: 482, hash: "ab".repeat(32), at: Date.UTC(2026, 10, 23, 9) });

describe("an anchor", () => {
  it("is one line that reads back as the signed head it was made from", () => {
    const text = formatAnchor(head);
    expect(text).toMatch(/^amends-anchor\.v1\.482\.(ab){32}\.\d+\.[0-9a-f]{16}\.[\w-]{86}$/);
    expect(parseAnchor(`  ${text}\n`)).toEqual(head);
    expect(signatureProblem(parseAnchor(text)!, keys)).toBeNull();
  });

  it("does not check out when any part of it is changed", () => {
    for (const forged of [{ ...head, eventId: 483 }, { ...head, hash: "cd".repeat(32) }, { ...head, at: head.at + 1 }]) {
      expect(signatureProblem(forged, keys)).toMatch(/does not match/);
    }
    expect(signatureProblem({ ...head, keyId: "0".repeat(16) }, keys)).toMatch(/not one of this installation's/);
    expect(parseAnchor("amends-anchor.v1.482.abc")).toBeNull();
  });
});

describe("an audit key", () => {
  it("is 32 bytes in base64 or base64url, and names itself by its public key", () => {
    const text = newAuditKeyText();
    expect(parseAuditKey(text).id).toBe(parseAuditKey(Buffer.from(text, "base64").toString("base64url")).id);
    expect(() => parseAuditKey("c2hvcnQ=")).toThrow("The audit key must be 32 random bytes in base64");
  });
});
