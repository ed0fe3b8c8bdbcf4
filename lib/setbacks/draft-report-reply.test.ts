// A client who reported it themselves, through their link: the reply thanks them, names their
// reference and says what happens next; it never quotes their message back to them.
import { describe, expect, it } from "vitest";
import { draftCallScript } from "./call-script";
import { draftFirstNotification, type DraftInput } from "./composer";
import { unfilledGaps } from "./draft-gaps";

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const MESSAGE = "The portal shows last month's invoice since Monday, and our accounts team cannot close the month without the right one";

const report: DraftInput = {
  clientName: "Northwind Logistics",
  contactName: "Hannah Cole",
  clientDetails: ["0161 555 0199"],
  senderName: "Sam Patel",
  reference: "SB-0052",
  title: `${MESSAGE.slice(0, 119)}…`,
  description: `${MESSAGE}\n\nHow to reach them: Hannah, 0161 555 0199`,
  impact: "We cannot close the month",
  fault: "unassessed",
  severity: "medium",
  reportedByClient: true,
  now: NOW,
  timeZone: "UTC",
};

describe("the reply to a client's own report", () => {
  it("thanks them, names their reference and says what happens next, without quoting their message", () => {
    const draft = draftFirstNotification(report);
    expect(draft.body).toBe(
      [
        "Dear Hannah,",
        "",
        "Thank you for letting us know that something is not working for you. We have it as SB-0052. I am sorry for the trouble it is causing; we are finding out what happened.",
        "",
        "I understand that [[what it meant for you]].",
        "",
        "You will hear from me again by Wednesday 25 November with what we have found and what we will do about it, even if there is nothing new to report. If there is anything we can do for you in the meantime, tell me.",
        "",
        "Kind regards,",
        "Sam Patel",
      ].join("\n"),
    );
    expect(draft.body).not.toContain("portal");
    expect(draft.body).not.toContain("…");
    expect(draft.summary).toBe("Reply about report SB-0052");
    expect(draft.promise).toBe("What we have found and what we will do about it");
    expect(draft.hints).toEqual([{ gap: "what it meant for you", label: "How they said it affects them", text: "We cannot close the month." }]);
  });

  it("once triaged, owns it by its fault, quotes the title they know and keeps their message as a hint", () => {
    const draft = draftFirstNotification({ ...report, fault: "ours", clientTitle: "Your November invoice" });
    expect(draft.body).toContain("Thank you for letting us know about “Your November invoice”. We have it as SB-0052. This was our mistake, and I am sorry.");
    expect(draft.body).not.toContain("portal");
    expect(unfilledGaps(draft.body)).toEqual(["what went wrong, and why", "what it meant for you", "what we are doing to put it right, and by when", "what we offer"]);
    expect(draft.hints[0]).toEqual({ gap: "what went wrong, and why", label: "What they wrote", text: `${MESSAGE}.` });
  });

  it("as a call, opens with their reference", () => {
    const script = draftCallScript({ ...report, severity: "high" });
    expect(script.body).toContain("I am calling about the report you sent us, SB-0052; do you have a few minutes?");
    expect(script.body).toContain("What happened: we are still finding out; ask what they have seen.");
    expect(script.body).not.toContain("portal");
  });
});
