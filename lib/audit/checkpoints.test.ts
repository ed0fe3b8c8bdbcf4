import { describe, expect, it } from "vitest";
import { CHECKPOINT_EVERY, checkpointDue } from "./checkpoints";

const at = (iso: string) => Date.parse(iso);
const last = { eventId: 5000, signedAt: at("2026-11-23T22:30:00Z"), keyId: "k1" };

describe("checkpointDue", () => {
  it("signs the chain's first event", () => {
    expect(checkpointDue(null, 1, at("2026-11-23T09:00:00Z"), "k1", "UTC")).toBe(true);
  });

  it("signs at least every 1,000 events", () => {
    expect(checkpointDue(last, last.eventId + CHECKPOINT_EVERY - 1, last.signedAt + 1, "k1", "UTC")).toBe(false);
    expect(checkpointDue(last, last.eventId + CHECKPOINT_EVERY, last.signedAt + 1, "k1", "UTC")).toBe(true);
  });

  it("signs the first write of each day in the organisation's time zone", () => {
    // 23:30 UTC is already the next day in Berlin (00:30), not yet in UTC.
    expect(checkpointDue(last, 5001, at("2026-11-23T23:30:00Z"), "k1", "UTC")).toBe(false);
    expect(checkpointDue(last, 5001, at("2026-11-23T23:30:00Z"), "k1", "Europe/Berlin")).toBe(true);
    expect(checkpointDue(last, 5001, at("2026-11-24T00:00:00Z"), "k1", "UTC")).toBe(true);
  });

  it("signs the first write under a new key", () => {
    expect(checkpointDue(last, 5001, last.signedAt + 1, "k2", "UTC")).toBe(true);
  });
});
