import { describe, expect, it } from "vitest";
import { draftFirstNotification, draftWrittenConfirmation, type DraftInput } from "./composer";
import { unfilledGaps } from "./draft-gaps";
import { FAULTS } from "./vocabulary";

const NOW = Date.UTC(2026, 10, 23, 9, 0); // Monday 23 November 2026, 09:00 UTC

const input: DraftInput = {
  clientName: "Northwind Logistics",
  contactName: "Hannah Cole",
  senderName: "Sam Patel",
  title: "Delivery arrived two days late",
  description: "The pallet missed the regional hub's cut-off",
  impact: "The installation at your customer had to move",
  fault: "ours",
  severity: "medium",
  now: NOW,
  timeZone: "UTC",
};

describe("draftFirstNotification", () => {
  it("owns the mistake when it is ours", () => {
    const { body } = draftFirstNotification(input);
    expect(body).toContain("Dear Hannah,");
    expect(body).toContain("a problem we caused: delivery arrived two days late. This was our mistake, and I am sorry.");
    expect(body).toContain("What happened: the pallet missed the regional hub's cut-off.");
    expect(body).toContain("We understand what this means for you: the installation at your customer had to move.");
    expect(body).toContain("To make amends, [[what we offer]].");
    expect(body).toMatch(/Kind regards,\nSam Patel$/);
  });

  it("shares the responsibility when the fault is shared", () => {
    expect(draftFirstNotification({ ...input, fault: "shared" }).body).toContain("Part of this was down to us, and I am sorry for our share in it.");
  });

  it("names the partner's part without passing the blame on when it is external", () => {
    const { body } = draftFirstNotification({ ...input, fault: "external" });
    expect(body).toContain("it is ours to put right");
    expect(body).not.toContain("our mistake");
  });

  it("acknowledges without blame when it is the client's", () => {
    const { body } = draftFirstNotification({ ...input, fault: "client" });
    expect(body).toContain("I am sorry for the trouble it is causing, and we want to help you get past it quickly.");
    expect(body).not.toMatch(/your (fault|mistake|error)/i);
    expect(body).not.toContain("our mistake");
    expect(body).toContain("If an alternative would help you in the meantime");
  });

  it.each(FAULTS)("ticks no box: it only suggests what the draft covers (fault %s)", (fault) => {
    const draft = draftFirstNotification({ ...input, fault });
    expect(Object.keys(draft)).not.toContain("apologised");
    expect(draft.covers).toEqual({ apologised: true, explainedCause: true, offeredRemedy: true, gaveTimeline: true, askedHowToHelp: true });
  });

  it("leaves a marked gap where the records know nothing, and no placeholder that could pass for what was said", () => {
    const { body } = draftFirstNotification(input);
    expect(unfilledGaps(body)).toEqual(["what we are doing to put it right, and by when", "what we offer"]);
    expect(body).not.toMatch(/\[(?!\[)[^\]]*\](?!\])/);
    expect(unfilledGaps(draftFirstNotification({ ...input, fault: "client" }).body)).toEqual(["what we are doing to put it right, and by when", "what we can offer"]);
  });

  it("fills what the records know: the compensation and its amount, the remedy tasks with their due dates, the update already promised", () => {
    const draft = draftFirstNotification({
      ...input,
      compensation: { status: "approved", kind: "credit", amountCents: 25_000, currency: "GBP", description: "On the next invoice." },
      remedies: [{ description: "Re-send the pallet by express.", dueAt: Date.UTC(2026, 10, 24, 17) }, { description: "Call the hub" }],
      promisedUpdateAt: Date.UTC(2026, 10, 24, 12),
    });
    expect(unfilledGaps(draft.body)).toEqual([]);
    expect(draft.body).toContain("What we are doing about it: re-send the pallet by express (by Tuesday 24 November); call the hub.");
    expect(draft.body).toContain("To make amends, we are giving you a credit of £250.00 (on the next invoice).");
    expect(draft.promiseDueAt).toBe(Date.UTC(2026, 10, 24, 12));
    const proposed = draftFirstNotification({ ...input, fault: "client", compensation: { status: "proposed", kind: "refund", amountCents: 80_000, currency: "GBP" } });
    expect(proposed.body).toContain("To make amends, we would like to offer you a refund of £800.00.");
  });

  it("never quotes the client's own contact details back to them", () => {
    const { body } = draftFirstNotification({
      ...input,
      contactName: "Hannah Cole",
      clientDetails: ["hannah@northwind.example", "0161 555 0199"],
      description: "The portal shows last month's invoice\nsince Monday\n\nHow to reach them: Hannah, 0161 555 0199",
      impact: "Call me on 0161 555 0199. Our accounts team cannot close the month",
    });
    expect(body).not.toContain("0161");
    expect(body).not.toContain("How to reach");
    expect(body).toContain("What happened: the portal shows last month's invoice since Monday.");
    expect(body).toContain("We understand what this means for you: our accounts team cannot close the month.");
  });

  it("confirms in writing what was logged of the call: its summary and promise", () => {
    const draft = draftWrittenConfirmation(
      { ...input, severity: "high" },
      { summary: "Told Hannah the pallet is re-sent by express", body: "", promise: "A call once it is delivered", promiseDueAt: Date.UTC(2026, 10, 25, 23, 59), occurredAt: NOW },
    );
    expect(draft.channel).toBe("email");
    expect(draft.body).toContain("Thank you for speaking with me on Monday 23 November about delivery arrived two days late.");
    expect(draft.body).toContain("As we discussed: told Hannah the pallet is re-sent by express.");
    expect(draft.body).toContain("You will hear from me again by Wednesday 25 November: a call once it is delivered.");
    expect(draft.promise).toBe("A call once it is delivered");
    expect(draft.body).toContain("What we are doing about it: [[what we are doing to put it right, and by when]].");
  });

  it("repeats in writing what the caller kept under the script's headings", () => {
    const body = "Opening: Hello Hannah\nWhat we are doing: Re-sending the pallet by express tomorrow.\nWhat we can offer: a credit of £150 on the next invoice\nThen listen. What they said: fine";
    const draft = draftWrittenConfirmation(input, { summary: "Call: Delivery arrived two days late", body, promise: "", promiseDueAt: null, occurredAt: NOW });
    expect(draft.body).not.toContain("As we discussed");
    expect(draft.body).toContain("What we are doing about it: re-sending the pallet by express tomorrow.\nWhat we offered: a credit of £150 on the next invoice.");
    expect(draft.body).toContain("You will hear from me again by Wednesday 25 November: an update.");
    expect(unfilledGaps(draft.body)).toEqual([]);
  });

  it.each([
    ["low", "email", NOW + 72 * 3_600_000, "Thursday 26 November"],
    ["medium", "email", NOW + 48 * 3_600_000, "Wednesday 25 November"],
    ["high", "email", NOW + 24 * 3_600_000, "Tuesday 24 November"],
    ["critical", "email", NOW + 4 * 3_600_000, "Monday 23 November at 13:00"],
  ] as const)("for a %s setback writes by %s and promises the next update", (severity, channel, due, when) => {
    const draft = draftFirstNotification({ ...input, severity });
    expect(draft.channel).toBe(channel);
    expect(draft.promiseDueAt).toBe(due);
    expect(draft.body).toContain(`You will hear from me again by ${when}, even if there is nothing new to report.`);
  });

  it("says what we are doing and answers what the client asked for", () => {
    const { body } = draftFirstNotification({ ...input, remedies: [{ description: "Re-send the pallet by express." }, { description: "Call the hub" }], clientRequest: "A credit on the next invoice." });
    expect(body).toContain("What we are doing about it: re-send the pallet by express; call the hub.");
    expect(body).toContain("To make amends, we have noted that you asked for a credit on the next invoice, and [[what we will do about it, and when]].");
    expect(body).not.toContain("arranging");
  });

  it("greets the team when there is no contact, and leaves out what is blank", () => {
    const draft = draftFirstNotification({ ...input, contactName: null, description: "", impact: "" });
    expect(draft.body.startsWith("Dear Northwind Logistics team,")).toBe(true);
    expect(draft.body).not.toContain("What happened");
    expect(draft.covers.explainedCause).toBe(false);
  });
});
