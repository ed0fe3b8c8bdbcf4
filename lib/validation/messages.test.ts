// The words a person reads beside a number, amount or date field they got wrong: written as a
// person would say it ("Enter an amount like 250.00"), never built as "Enter <field> as a <kind>".
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrorsOf } from "../commands/command";
import { compensationInput, preventiveActionInput, remedyTaskInput, scheduleFollowUpInput } from "./records";
import { newSetbackInput } from "./setback";
import { orgSettingsInput } from "./settings";
import { notAnAmount } from "./fields";

const errorsOf = (schema: z.ZodType, input: unknown) => fieldErrorsOf(schema.safeParse(input).error!);

describe("field messages for numbers, amounts and dates", () => {
  it("asks for an amount with an example, naming the field by its noun", () => {
    expect(errorsOf(compensationInput, { setbackId: 1, kind: "refund", amountCents: "lots" }).amountCents).toEqual(["Enter an amount like 250.00"]);
    expect(errorsOf(compensationInput, { setbackId: 1, kind: "refund", amountCents: "12.345" }).amountCents).toEqual(["Enter an amount like 250.00"]);
    expect(errorsOf(orgSettingsInput, { approvalThresholdCents: "-5" }).approvalThresholdCents).toEqual(["Enter an approval threshold like 250.00"]);
    expect(notAnAmount("Estimated cost")).toBe("Enter an estimated cost like 250.00");
    expect(notAnAmount("Budget")).toBe("Enter a budget like 250.00");
  });

  it("says a date field needs a date, in a sentence that starts with the field's name", () => {
    expect(errorsOf(remedyTaskInput, { setbackId: 1, description: "Refund", dueAt: "soon" }).dueAt).toEqual(["Due date must be a date"]);
    expect(errorsOf(scheduleFollowUpInput, { setbackId: 1, dueAt: "next week" }).dueAt).toEqual(["Date must be a date"]);
    expect(errorsOf(newSetbackInput, { occurredAt: "yesterday" }).occurredAt).toEqual(["Occurred at must be a date and time"]);
  });

  it("never builds a message as 'Enter <field> as a/an <kind>'", () => {
    const bad = { setbackId: 1, description: "x", kind: "refund", amountCents: "x", dueAt: "x", occurredAt: "x", discoveredAt: "x", estimatedCostCents: "x", approvalThresholdCents: "x" };
    const messages = [compensationInput, remedyTaskInput, preventiveActionInput, scheduleFollowUpInput, newSetbackInput, orgSettingsInput].flatMap((s) => Object.values(errorsOf(s, bad)).flat());
    expect(messages.length).toBeGreaterThan(5);
    for (const message of messages) expect(message).not.toMatch(/\bas an? (amount|date|number)/i);
  });
});
