import { describe, expect, it } from "vitest";
import { toLocalInputValue } from "../time/zoned";
import { keptFieldName, keptFieldValue } from "./kept-instant";
import { updateSetbackInput } from "./setback";

const ZONE = "Europe/London";
const stored = Date.now() - 3 * 3_600_000 - 30_378;
const shown = toLocalInputValue(stored, ZONE);
const form = (discoveredAt: string, extra: Record<string, unknown> = {}) => ({
  timeZone: ZONE, setbackId: "1", clientId: "1", title: "Late", category: "delay", severity: "low", fault: "ours", source: "internal",
  occurredAt: toLocalInputValue(stored - 3_600_000, ZONE), discoveredAt, ...extra,
});

describe("a date the edit form sends back untouched", () => {
  it("keeps the stored instant to the millisecond", () => {
    const parsed = updateSetbackInput.parse(form(shown, { [keptFieldName("discoveredAt")]: keptFieldValue(shown, stored) }));
    expect(parsed.discoveredAt).toBe(stored);
    expect(parsed).not.toHaveProperty(keptFieldName("discoveredAt"));
  });

  it("takes the new minute when the field was changed", () => {
    const changed = toLocalInputValue(stored + 5 * 60_000, ZONE);
    const parsed = updateSetbackInput.parse(form(changed, { [keptFieldName("discoveredAt")]: keptFieldValue(shown, stored) }));
    expect(toLocalInputValue(parsed.discoveredAt, ZONE)).toBe(changed);
    expect(parsed.discoveredAt % 60_000).toBe(0);
  });

  it("is still checked as any date: a kept value in the future is refused", () => {
    const future = Date.now() + 86_400_000;
    const ahead = toLocalInputValue(future, ZONE);
    expect(updateSetbackInput.safeParse(form(ahead, { [keptFieldName("discoveredAt")]: keptFieldValue(ahead, future) })).success).toBe(false);
  });

  it("stores a text area's CRLF line breaks as LF", () => {
    expect(updateSetbackInput.parse(form(shown, { description: "One\r\nTwo\r\n" })).description).toBe("One\nTwo");
  });
});
