// Every instant schema against values across the whole number range and ISO strings of any
// year: what is accepted lies inside the window every page can show (lib/time/window.ts), and
// what is refused is refused with a message that names the field.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrorsOf } from "../commands/command";
import { anyInstantNumber, anyInstantString } from "@/tests/helpers/instants";
import { EARLIEST_INSTANT, LATEST_INSTANT } from "../time/window";
import { FUTURE_GRACE_MS, instant, optionalInstant, optionalPastInstant, pastInstant } from "./fields";
import { communicationInput, remedyTaskInput } from "./records";
import { newSetbackInput } from "./setback";

const anyInstant = fc.oneof(anyInstantNumber, anyInstantString);

function check(schema: z.ZodType, label: string, past: boolean) {
  fc.assert(
    fc.property(anyInstant, (value) => {
      const result = schema.safeParse(value);
      if (result.success) {
        const ms = result.data as number | null;
        if (ms === null) return;
        expect(Number.isInteger(ms), `${String(value)} → ${ms}`).toBe(true);
        expect(ms, `${String(value)}`).toBeGreaterThanOrEqual(EARLIEST_INSTANT);
        expect(ms, `${String(value)}`).toBeLessThan(LATEST_INSTANT);
        if (past) expect(ms).toBeLessThanOrEqual(Date.now() + FUTURE_GRACE_MS);
      } else {
        for (const issue of result.error.issues) expect(issue.message.toLowerCase(), `${String(value)}`).toContain(label.toLowerCase());
      }
    }),
    { numRuns: 2_000 },
  );
}

describe("every instant field", () => {
  it("accepts only instants inside the window, and names the field when it refuses", () => {
    check(pastInstant("Occurred at"), "Occurred at", true);
    check(optionalPastInstant("When the client asked"), "When the client asked", true);
    check(instant("Date"), "Date", false);
    check(optionalInstant("Promised by"), "Promised by", false);
  });

  it("refuses the probe's setback and promise with the window in the message", () => {
    const setback = newSetbackInput.safeParse({
      clientId: 1, title: "Far away", category: "delay", severity: "high", fault: "ours", source: "internal",
      occurredAt: -9_007_199_254_740_991, discoveredAt: -9_007_199_254_740_991,
    });
    expect(setback.success).toBe(false);
    expect(fieldErrorsOf(setback.error!)).toEqual({
      occurredAt: ["Occurred at must be between 1 Jan 1970 and 31 Dec 2099"],
      discoveredAt: ["Discovered at must be between 1 Jan 1970 and 31 Dec 2099"],
    });
    const promise = communicationInput.safeParse({ setbackId: 1, direction: "outbound", channel: "email", occurredAt: Date.now() - 60_000, summary: "Called", promiseDueAt: 9_007_199_254_740_991 });
    expect(fieldErrorsOf(promise.error!)).toEqual({ promiseDueAt: ["Promised by must be between 1 Jan 1970 and 31 Dec 2099"] });
    // A form's local value with a five-digit year, and a date of 1969.
    const local = communicationInput.safeParse({ setbackId: 1, direction: "outbound", channel: "email", occurredAt: "1969-07-20T20:17", summary: "Called", promiseDueAt: "20260-01-01", timeZone: "Europe/Berlin" });
    expect(fieldErrorsOf(local.error!)).toEqual({
      occurredAt: ["When must be between 1 Jan 1970 and 31 Dec 2099"],
      promiseDueAt: ["Promised by must be between 1 Jan 1970 and 31 Dec 2099"],
    });
  });

  it("answers a year of five or six digits, as a date input sends it, with the window, never 'enter as a date'", () => {
    const local = communicationInput.safeParse({ setbackId: 1, direction: "outbound", channel: "email", occurredAt: "20260-01-10T10:00", summary: "Called", promiseDueAt: "20260-01-10T10:00", timeZone: "Europe/Berlin" });
    expect(fieldErrorsOf(local.error!)).toEqual({ occurredAt: ["When cannot be in the future"], promiseDueAt: ["Promised by must be between 1 Jan 1970 and 31 Dec 2099"] });
    // Past JavaScript's own dates (year 275760) too.
    expect(fieldErrorsOf(optionalInstant("Promised by").safeParse("+300000-01-01T00:00:00Z").error!)).toEqual({ _form: ["Promised by must be between 1 Jan 1970 and 31 Dec 2099"] });
    expect(fieldErrorsOf(pastInstant("Occurred at").safeParse("-300000-01-01").error!)).toEqual({ _form: ["Occurred at must be between 1 Jan 1970 and 31 Dec 2099"] });
  });

  it("refuses a day the calendar does not have, rather than moving it to the next month", () => {
    const api = communicationInput.safeParse({ setbackId: 1, direction: "outbound", channel: "email", occurredAt: "2026-02-30T10:00:00Z", summary: "Called", promiseDueAt: "2026-11-31" });
    expect(fieldErrorsOf(api.error!)).toEqual({ occurredAt: ["When must be a date and time"], promiseDueAt: ["Promised by must be a date"] });
    const form = remedyTaskInput.safeParse({ setbackId: 1, description: "Refund", dueAt: "2026-02-30", timeZone: "Europe/Berlin" });
    expect(fieldErrorsOf(form.error!)).toEqual({ dueAt: ["Due date must be a date"] });
    expect(fieldErrorsOf(pastInstant("Occurred at").safeParse("2026-01-10T24:00:00Z").error!)).toEqual({ _form: ["Occurred at must be a date and time"] });
    expect(pastInstant("Occurred at").parse("2024-02-29T10:00:00Z")).toBe(Date.UTC(2024, 1, 29, 10));
  });

  it("still takes the edges of the window and ISO strings with an offset", () => {
    expect(optionalInstant("Promised by").parse("2099-12-31T23:59:59.999Z")).toBe(LATEST_INSTANT - 1);
    expect(pastInstant("Occurred at").parse("1970-01-01T00:00:00Z")).toBe(EARLIEST_INSTANT);
    expect(pastInstant("Occurred at").parse("2026-03-14T09:30:00+01:00")).toBe(Date.UTC(2026, 2, 14, 8, 30));
    expect(pastInstant("Occurred at").parse(Date.UTC(2026, 2, 14))).toBe(Date.UTC(2026, 2, 14));
  });
});
