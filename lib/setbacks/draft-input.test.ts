import { describe, expect, it } from "vitest";
import { callToConfirm, draftInputOf, offeredCompensation, promisedUpdateAt, type DraftCommunication, type DraftRecords, type DraftSetback } from "./draft-input";

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const HOUR = 3_600_000;

let ids = 0;
function message(over: Partial<DraftCommunication>): DraftCommunication {
  return { id: ++ids, authorId: 1, correctsId: null, direction: "outbound", channel: "email", correctedById: null, summary: "Update", body: "", promise: "", promiseDueAt: null, occurredAt: NOW - HOUR, ...over };
}

const setback: DraftSetback = {
  reference: "SB-0007",
  title: "Invoice charged twice",
  clientTitle: null,
  description: "The monthly invoice was generated twice.",
  impact: "The client's card was charged twice.",
  fault: "ours",
  severity: "high",
  clientRequest: "",
  reportedViaLinkId: null,
};

describe("promisedUpdateAt", () => {
  it("is the setback's standing promise while it lies ahead (lib/setbacks/promise.ts): the latest message we sent, unless a follow-up since kept it", () => {
    const earlier = message({ occurredAt: NOW - 3 * HOUR, promiseDueAt: NOW + 5 * HOUR });
    const latest = message({ occurredAt: NOW - 2 * HOUR, promiseDueAt: NOW + 3 * HOUR });
    const fromThem = message({ occurredAt: NOW - HOUR, promiseDueAt: NOW + HOUR, direction: "inbound" });
    expect(promisedUpdateAt({ communications: [earlier, latest, fromThem], followUps: [] }, NOW)).toBe(NOW + 3 * HOUR);
    expect(promisedUpdateAt({ communications: [earlier, latest], followUps: [{ status: "done", doneAt: NOW - HOUR }] }, NOW)).toBeNull();
    expect(promisedUpdateAt({ communications: [message({ promiseDueAt: NOW - HOUR })], followUps: [] }, NOW)).toBeNull();
  });
});

describe("callToConfirm", () => {
  it("is the latest live outbound message when it was a call, for a high or critical setback", () => {
    const call = message({ channel: "phone", summary: "Call" });
    expect(callToConfirm("high", [call, message({ direction: "inbound" })])).toBe(call);
    expect(callToConfirm("critical", [message({ channel: "video" })])?.channel).toBe("video");
    expect(callToConfirm("high", [call, message({ channel: "email" })])).toBeNull();
    expect(callToConfirm("high", [message({ channel: "phone", correctedById: 3 })])).toBeNull();
    expect(callToConfirm("medium", [call])).toBeNull();
  });
});

describe("offeredCompensation", () => {
  it("names the latest one proposed, approved or issued, never a rejected one", () => {
    const c = (status: string, amountCents: number) => ({ status, kind: "credit", amountCents, currency: "GBP", description: null });
    expect(offeredCompensation([c("approved", 100), c("proposed", 200), c("rejected", 300)])?.amountCents).toBe(200);
    expect(offeredCompensation([c("rejected", 300)])).toBeNull();
  });
});

describe("draftInputOf", () => {
  const records: DraftRecords = {
    communications: [message({ promiseDueAt: NOW + 4 * HOUR })],
    contacts: [{ name: "Hannah Cole", email: "hannah@northwind.example", phone: null }, { name: "Raj Mehta", email: null, phone: "0161 555 0199" }],
    remedyTasks: [{ description: "Refund the second charge", status: "open", dueAt: NOW + HOUR }, { description: "Call the bank", status: "cancelled", dueAt: null }],
    followUps: [],
    compensations: [],
  };

  it("takes the first contact, every contact's details to keep out, the live remedies and the promise", () => {
    const input = draftInputOf(setback, records, { clientName: "Northwind Logistics", senderName: "Sam Patel", now: NOW, timeZone: "Europe/London" });
    expect(input).toMatchObject({
      contactName: "Hannah Cole",
      clientDetails: ["hannah@northwind.example", "0161 555 0199"],
      reference: "SB-0007",
      reportedByClient: false,
      remedies: [{ description: "Refund the second charge", dueAt: NOW + HOUR }],
      compensation: null,
      promisedUpdateAt: NOW + 4 * HOUR,
    });
    expect(draftInputOf({ ...setback, reportedViaLinkId: 2 }, records, { clientName: "N", senderName: "S", now: NOW, timeZone: "UTC" }).reportedByClient).toBe(true);
  });
});
