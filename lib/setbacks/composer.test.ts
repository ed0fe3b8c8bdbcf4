import { describe, expect, it } from "vitest";
import { draftFirstNotification, draftWrittenConfirmation, type DraftInput } from "./composer";
import { unfilledGaps } from "./draft-gaps";
import { FAULTS } from "./vocabulary";

const NOW = Date.UTC(2026, 10, 23, 9, 0); // Monday 23 November 2026, 09:00 UTC

const input: DraftInput = {
  clientName: "Northwind Logistics",
  contactName: "Hannah Cole",
  senderName: "Sam Patel",
  reference: "SB-0042",
  title: "Delivery arrived two days late",
  description: "The pallet missed the regional hub's cut-off",
  impact: "The client had to postpone a customer installation",
  fault: "ours",
  severity: "medium",
  now: NOW,
  timeZone: "UTC",
};

describe("draftFirstNotification", () => {
  it("reads as a letter to the client that owns the mistake when it is ours", () => {
    expect(draftFirstNotification(input).body).toBe(
      [
        "Dear Hannah,",
        "",
        "I am writing to tell you about a problem we caused: [[what happened, in their words]]. This was our mistake, and I am sorry.",
        "",
        "The pallet missed the regional hub's cut-off. I understand that [[what it meant for you]].",
        "",
        "What we are doing about it: [[what we are doing to put it right, and by when]].",
        "",
        "To make amends, [[what we offer]].",
        "",
        "You will hear from me again by Wednesday 25 November, even if there is nothing new to report. If there is anything we can do for you in the meantime, tell me.",
        "",
        "Kind regards,",
        "Sam Patel",
      ].join("\n"),
    );
  });

  it("quotes the title the client knows, as written, and keeps ours beside the text as a hint", () => {
    const known = draftFirstNotification({ ...input, clientTitle: "Your pallet of 20 November" });
    expect(known.body).toContain("a problem we caused: “Your pallet of 20 November”. This was our mistake");
    expect(known.summary).toBe("First notification: Your pallet of 20 November");
    const unknown = draftFirstNotification(input);
    expect(unknown.body).not.toContain("elivery arrived two days late");
    expect(unknown.summary).toBe("First notification");
    expect(unknown.hints).toEqual([
      { gap: "what happened, in their words", label: "Our title", text: "Delivery arrived two days late" },
      { gap: "what it meant for you", label: "The impact, as we recorded it", text: "The client had to postpone a customer installation." },
    ]);
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
    expect(unfilledGaps(body)).toEqual(["what happened, in their words", "what it meant for you", "what we are doing to put it right, and by when", "what we offer"]);
    expect(body).not.toMatch(/\[(?!\[)[^\]]*\](?!\])/);
    expect(unfilledGaps(draftFirstNotification({ ...input, fault: "client", clientTitle: "Your order", impact: "" }).body)).toEqual(["what we are doing to put it right, and by when", "what we can offer"]);
  });

  it("fills what the records know: the compensation and its amount, the remedy tasks as written with their due dates, the update already promised", () => {
    const draft = draftFirstNotification({
      ...input,
      clientTitle: "Your pallet of 20 November",
      impact: "",
      compensation: { status: "approved", kind: "credit", amountCents: 25_000, currency: "GBP", description: "On the next invoice." },
      remedies: [{ description: "Re-send the pallet by express.", dueAt: Date.UTC(2026, 10, 24, 17) }, { description: "DHL to collect the damaged one" }],
      promisedUpdateAt: Date.UTC(2026, 10, 24, 12),
    });
    expect(unfilledGaps(draft.body)).toEqual([]);
    expect(draft.body).toContain("What we are doing about it:\n- Re-send the pallet by express (by Tuesday 24 November)\n- DHL to collect the damaged one\n");
    expect(draft.body).toContain("To make amends, we are giving you a credit of £250.00 (on the next invoice).");
    expect(draft.promiseDueAt).toBe(Date.UTC(2026, 10, 24, 12));
    const proposed = draftFirstNotification({ ...input, fault: "client", compensation: { status: "proposed", kind: "expedited_shipping", amountCents: 80_000, currency: "GBP" } });
    expect(proposed.body).toContain("To make amends, we would like to offer you an expedited shipping of £800.00.");
  });

  it("never quotes the client's own contact details back to them", () => {
    const draft = draftFirstNotification({
      ...input,
      clientDetails: ["hannah@northwind.example", "0161 555 0199"],
      description: "The portal shows last month's invoice\nsince Monday\n\nHow to reach them: Hannah, 0161 555 0199",
      impact: "Call me on 0161 555 0199. Our accounts team cannot close the month",
    });
    expect(draft.body).not.toContain("0161");
    expect(draft.body).not.toContain("How to reach");
    expect(draft.body).toContain("The portal shows last month's invoice since Monday.");
    expect(JSON.stringify(draft.hints)).not.toContain("0161");
  });

  it("greets the team when there is no contact, and leaves out what is blank", () => {
    const draft = draftFirstNotification({ ...input, contactName: null, description: "", impact: "" });
    expect(draft.body.startsWith("Dear Northwind Logistics team,\n\nI am writing")).toBe(true);
    expect(draft.body).not.toContain("I understand");
    expect(draft.body).not.toContain("\n\n\n");
    expect(draft.covers.explainedCause).toBe(false);
  });

  it.each([
    ["low", NOW + 72 * 3_600_000, "Thursday 26 November"],
    ["medium", NOW + 48 * 3_600_000, "Wednesday 25 November"],
    ["high", NOW + 24 * 3_600_000, "Tuesday 24 November"],
    ["critical", NOW + 4 * 3_600_000, "Monday 23 November at 13:00"],
  ] as const)("for a %s setback writes by email and promises the next update", (severity, due, when) => {
    const draft = draftFirstNotification({ ...input, severity });
    expect(draft.channel).toBe("email");
    expect(draft.promiseDueAt).toBe(due);
    expect(draft.body).toContain(`You will hear from me again by ${when}, even if there is nothing new to report.`);
  });

  it("answers what the client asked for without promising it", () => {
    const { body } = draftFirstNotification({ ...input, clientRequest: "A credit on the next invoice." });
    expect(body).toContain("To make amends, we have noted that you asked for a credit on the next invoice, and [[what we will do about it, and when]].");
  });
});

describe("draftWrittenConfirmation", () => {
  it("confirms in writing what was logged of the call: its promise, and what we are doing from the records", () => {
    const draft = draftWrittenConfirmation(
      { ...input, severity: "high" },
      { body: "", promise: "A call once it is delivered", promiseDueAt: Date.UTC(2026, 10, 25, 23, 59), occurredAt: NOW },
    );
    expect(draft.channel).toBe("email");
    expect(draft.body).toContain("Thank you for speaking with me on Monday 23 November. As promised, here is what we discussed, in writing.");
    expect(draft.body).toContain("You will hear from me again by Wednesday 25 November: a call once it is delivered.");
    expect(draft.promise).toBe("A call once it is delivered");
    expect(draft.body).toContain("What we are doing about it: [[what we are doing to put it right, and by when]].");
    expect(draft.body).not.toContain("elivery arrived two days late");
  });

  it("repeats in writing what the caller kept under the script's headings", () => {
    const body = "Opening: Hello Hannah\nWhat we are doing: Re-sending the pallet by express tomorrow.\nWhat we can offer: A credit of £150 on the next invoice\nThen listen. What they said: fine";
    const draft = draftWrittenConfirmation(input, { body, promise: "", promiseDueAt: null, occurredAt: NOW });
    expect(draft.body).toContain("What we are doing about it: Re-sending the pallet by express tomorrow.\nWhat we offered: a credit of £150 on the next invoice.");
    expect(draft.body).toContain("You will hear from me again by Wednesday 25 November: an update.");
    expect(draft.summary).toBe("Written confirmation of the call");
    expect(unfilledGaps(draft.body)).toEqual([]);
  });
});
