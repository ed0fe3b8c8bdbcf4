import { describe, expect, it } from "vitest";
import { callsFirst, draftCallScript } from "./call-script";
import type { DraftInput } from "./composer";
import { unfilledGaps } from "./draft-gaps";
import { SEVERITIES } from "./vocabulary";

const NOW = Date.UTC(2026, 10, 23, 9, 0); // Monday 23 November 2026, 09:00 UTC

const input: DraftInput = {
  clientName: "Northwind Logistics",
  contactName: "Hannah Cole",
  clientDetails: ["hannah@northwind.example", "0161 555 0199"],
  senderName: "Sam Patel",
  reference: "SB-0042",
  title: "Delivery arrived two days late",
  description: "The pallet missed the regional hub's cut-off.\n\nHow to reach them: Hannah, 0161 555 0199",
  impact: "The installation at your customer had to move",
  fault: "ours",
  severity: "high",
  now: NOW,
  timeZone: "UTC",
};

describe("the call script for a high or critical setback", () => {
  it("calls first only for high and critical", () => {
    expect(SEVERITIES.filter(callsFirst)).toEqual(["high", "critical"]);
  });

  it("runs in the order of a good call, and is logged as a call", () => {
    const script = draftCallScript(input);
    expect(script.kind).toBe("call");
    expect(script.channel).toBe("phone");
    expect(script.body.split("\n").map((line) => line.split(":")[0])).toEqual([
      "Opening",
      "What happened",
      "Own it",
      "The impact as they feel it",
      "What we are doing",
      "When they will hear next",
      "What we can offer",
      "Ask",
      "Then listen. What they said",
    ]);
    expect(script.body).toContain("Opening: Hello Hannah, this is Sam Patel. I am calling about [[what happened, in their words]]; do you have a few minutes?");
    expect(script.body).toContain("The impact as they feel it: I understand that [[what it meant for you]].");
    expect(script.summary).toBe("Call");
    expect(script.body).toContain("When they will hear next: you will hear from me again by Tuesday 24 November, even if there is nothing new.");
    expect(script.promiseDueAt).toBe(NOW + 24 * 3_600_000);
  });

  it("owns it when ours, acknowledges without blame when external or the client's, names our part when shared", () => {
    expect(draftCallScript(input).body).toContain("Own it: this was our mistake, and I am sorry.");
    const external = draftCallScript({ ...input, fault: "external" }).body;
    expect(external).toContain("Acknowledge it: it started with one of our partners");
    expect(external).not.toContain("our mistake");
    const client = draftCallScript({ ...input, fault: "client" }).body;
    expect(client).toContain("Acknowledge it, without blame:");
    expect(client).not.toMatch(/your (fault|mistake|error)/i);
    expect(draftCallScript({ ...input, fault: "shared" }).body).toContain("Our part: part of this was down to us ([[what we got wrong]])");
  });

  it("ticks nothing, marks what the records do not know, and what the client says is left for the caller", () => {
    const script = draftCallScript(input);
    expect(Object.keys(script)).not.toContain("apologised");
    expect(unfilledGaps(script.body)).toEqual(["what happened, in their words", "what it meant for you", "what we are doing to put it right, and by when", "what we offer", "what they said"]);
  });

  it("never reads the client's own contact details back to them", () => {
    const { body } = draftCallScript(input);
    expect(body).not.toContain("0161");
    expect(body).not.toContain("How to reach");
    expect(body).toContain("What happened: The pallet missed the regional hub's cut-off.");
  });

  it("names the setback as the client knows it, and keeps our title and impact beside the script", () => {
    const script = draftCallScript({ ...input, clientTitle: "Your pallet of 20 November" });
    expect(script.body).toContain("I am calling about “Your pallet of 20 November”; do you have a few minutes?");
    expect(script.summary).toBe("Call: Your pallet of 20 November");
    expect(script.body).not.toContain("elivery arrived two days late");
    expect(script.body).not.toContain("installation");
    expect(script.hints).toEqual([{ gap: "what it meant for you", label: "The impact, as we recorded it", text: "The installation at your customer had to move." }]);
  });
});
