// The audit page's headline: a sentence an auditor understands, before the command line's details.
import { describe, expect, it } from "vitest";
import { verificationHeadline, type AuditOk } from "./report";

const at = Date.UTC(2026, 11, 1, 9, 43);
const intact: AuditOk = {
  ok: true,
  count: 448,
  headHash: "a".repeat(64),
  head: { eventId: 448, hash: "a".repeat(64), at, keyId: "fe8fcc9ac10c6614", signature: "x" },
  checkpoints: { count: 1, keyIds: ["fe8fcc9ac10c6614"], last: { eventId: 1, at }, legacy: null },
  records: [{ noun: "communication", count: 35, importedBefore: 0 }, { noun: "remedy task", count: 12, importedBefore: 0 }],
  replayed: [],
  anchor: null,
};

describe("the verification's headline", () => {
  it("says the trail is intact, how long, signed up to when, and how many records match", () => {
    expect(verificationHeadline(intact)).toBe("The trail is intact: 448 events, signed up to event 448 on 2026-12-01 09:43 UTC, and 47 records match the events that created them.");
    expect(verificationHeadline({ ...intact, count: 0, head: null, records: [] })).toBe("The trail is empty: nothing has been recorded yet.");
  });

  it("says where it is broken, and why, in the verifier's words", () => {
    const broken = (subject: string, reason: string, brokenId: number | null = 345) => verificationHeadline({ ok: false, count: 344, brokenId, subject, reason });
    expect(broken("event 345", "its content does not match its hash (edited)")).toBe("The trail is broken at event 345: its content does not match its hash (edited).");
    expect(broken("the head", "its signature by key fe8fcc9ac10c6614 does not match (it was not signed with the audit key)", 448)).toBe(
      "The trail is broken at the head (event 448): its signature by key fe8fcc9ac10c6614 does not match (it was not signed with the audit key).",
    );
    expect(broken("communication 12", "its summary differs from what event 345 (communication.logged) recorded: it was edited behind the application's back")).toBe(
      "The trail is broken at communication 12: its summary differs from what event 345 (communication.logged) recorded: it was edited behind the application's back.",
    );
    expect(broken("the chain", "its head is signed but no checkpoint is left: checkpoints were removed")).toBe("The trail is broken: its head is signed but no checkpoint is left: checkpoints were removed.");
  });

  it("says plainly when the trail is not signed yet, and what an operator does", () => {
    expect(verificationHeadline({ ok: false, count: 448, brokenId: null, subject: "the chain", reason: "it is not signed yet: …", unsigned: true })).toBe(
      "The trail is not signed yet: its events cannot be shown to be the ones the application wrote. An operator signs it once after upgrading (npm run audit:anchor -- --sign-unsigned); if it was signed before, its signatures were removed.",
    );
  });
});
