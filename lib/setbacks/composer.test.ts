import { describe, expect, it } from "vitest";
import { draftFirstNotification, type DraftInput } from "./composer";
import { FAULTS, SEVERITIES } from "./vocabulary";

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
    expect(body).toContain("To make amends, we would like to offer");
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

  it.each(FAULTS)("always apologises, explains, offers, gives a timeline and asks how to help (fault %s)", (fault) => {
    expect(draftFirstNotification({ ...input, fault })).toMatchObject({
      apologised: true,
      explainedCause: true,
      offeredRemedy: true,
      gaveTimeline: true,
      askedHowToHelp: true,
    });
  });

  it.each([
    ["low", "email", NOW + 72 * 3_600_000, "Thursday 26 November"],
    ["medium", "email", NOW + 48 * 3_600_000, "Wednesday 25 November"],
    ["high", "phone", NOW + 24 * 3_600_000, "Tuesday 24 November"],
    ["critical", "phone", NOW + 4 * 3_600_000, "Monday 23 November at 13:00"],
  ] as const)("for a %s setback suggests %s and promises the next update", (severity, channel, due, when) => {
    const draft = draftFirstNotification({ ...input, severity });
    expect(draft.channel).toBe(channel);
    expect(draft.promiseDueAt).toBe(due);
    expect(draft.body).toContain(`You will hear from me again by ${when}, even if there is nothing new to report.`);
  });

  it("covers every severity", () => {
    expect(SEVERITIES.map((severity) => draftFirstNotification({ ...input, severity }).channelAdvice.startsWith("For a high"))).toEqual([false, false, true, true]);
  });

  it("says what we are doing and answers what the client asked for", () => {
    const { body } = draftFirstNotification({ ...input, remedies: ["Re-send the pallet by express.", "Call the hub"], clientRequest: "A credit on the next invoice." });
    expect(body).toContain("What we are doing about it: re-send the pallet by express; call the hub.");
    expect(body).toContain("You asked for a credit on the next invoice; we are arranging that");
  });

  it("greets the team when there is no contact, and leaves out what is blank", () => {
    const draft = draftFirstNotification({ ...input, contactName: null, description: "", impact: "" });
    expect(draft.body.startsWith("Dear Northwind Logistics team,")).toBe(true);
    expect(draft.body).not.toContain("What happened");
    expect(draft.explainedCause).toBe(false);
  });
});
