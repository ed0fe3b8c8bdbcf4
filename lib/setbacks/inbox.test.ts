import { describe, expect, it } from "vitest";
import { rankInbox, toEntry, type InboxSource } from "./inbox";

const NOW = Date.UTC(2026, 11, 1, 12, 0);
const HOUR = 3_600_000;
const row = (over: Partial<InboxSource>): InboxSource => ({
  kind: "remedy",
  id: 1,
  setbackNumber: 7,
  setbackTitle: "Wrong client name on the proposal",
  clientName: "Northwind",
  dueAt: NOW,
  since: NOW - 10 * HOUR,
  what: "Send the corrected proposal",
  amountCents: null,
  currency: null,
  compensationKind: null,
  proposer: null,
  ...over,
});

describe("rankInbox", () => {
  it("puts the longest overdue first, then what falls due soonest, then decisions oldest first", () => {
    const groups = rankInbox(
      [
        row({ id: 1, dueAt: NOW + 2 * HOUR }),
        row({ kind: "approval", id: 2, dueAt: null, since: NOW - HOUR }),
        row({ kind: "clock", id: 3, dueAt: NOW - 5 * HOUR, what: "notify" }),
        row({ kind: "follow_up", id: 4, dueAt: NOW + HOUR }),
        row({ kind: "promise", id: 5, dueAt: NOW - HOUR, what: "" }),
        row({ kind: "approval", id: 6, dueAt: null, since: NOW - 3 * HOUR }),
      ],
      NOW,
    );
    expect(groups.overdue.map((e) => e.key)).toEqual(["clock-3", "promise-5"]);
    expect(groups.dueSoon.map((e) => e.key)).toEqual(["follow_up-4", "remedy-1"]);
    expect(groups.decisions.map((e) => e.key)).toEqual(["approval-6", "approval-2"]);
    expect(groups.total).toBe(6);
  });

  it("lists first, among the overdue, what the client feels: a breached target before an older task, preventive actions last", () => {
    const groups = rankInbox(
      [
        row({ kind: "preventive_action", id: 1, dueAt: NOW - 100 * 24 * HOUR }),
        row({ kind: "remedy", id: 2, dueAt: NOW - 30 * 24 * HOUR }),
        row({ kind: "clock", id: 3, dueAt: NOW - HOUR, what: "notify" }),
        row({ kind: "promise", id: 4, dueAt: NOW - 2 * HOUR, what: "" }),
        row({ kind: "follow_up", id: 5, dueAt: NOW - 40 * 24 * HOUR }),
      ],
      NOW,
    );
    expect(groups.overdue.map((e) => e.key)).toEqual(["promise-4", "clock-3", "follow_up-5", "remedy-2", "preventive_action-1"]);
  });

  it("is not overdue at the very deadline", () => {
    expect(toEntry(row({ dueAt: NOW }), NOW).overdue).toBe(false);
    expect(toEntry(row({ dueAt: NOW - 1 }), NOW).overdue).toBe(true);
  });
});

describe("a follow-up and its setback's follow-up target", () => {
  it("are one entry: the planned follow-up, carrying the target's deadline, ranked by the earlier", () => {
    const groups = rankInbox(
      [
        row({ kind: "clock", id: 7, what: "follow_up", dueAt: NOW - HOUR }),
        row({ kind: "follow_up", id: 4, dueAt: NOW + 3 * HOUR, what: "" }),
        row({ kind: "remedy", id: 1, dueAt: NOW - 2 * HOUR }),
      ],
      NOW,
    );
    expect(groups.total).toBe(2);
    expect(groups.overdue.map((e) => [e.key, e.targetDueAt])).toEqual([
      ["follow_up-4", NOW - HOUR],
      ["remedy-1", undefined],
    ]);
  });

  it("leaves another setback's clock, and a clock with no follow-up planned, as they are", () => {
    const groups = rankInbox(
      [
        row({ kind: "clock", id: 7, what: "follow_up", dueAt: NOW + HOUR }),
        row({ kind: "clock", id: 8, setbackNumber: 8, what: "follow_up", dueAt: NOW + HOUR }),
        row({ kind: "follow_up", id: 4, setbackNumber: 9, dueAt: NOW + 3 * HOUR, what: "" }),
      ],
      NOW,
    );
    expect(groups.dueSoon.map((e) => e.key)).toEqual(["clock-7", "clock-8", "follow_up-4"]);
    expect(groups.dueSoon.map((e) => e.targetDueAt)).toEqual([undefined, undefined, undefined]);
  });
});

describe("an inbox entry", () => {
  it.each<[Partial<InboxSource>, string, string, string]>([
    [{ kind: "clock", what: "notify" }, "Notify the client", "Your setback's target", "/setbacks/SB-0007?draft=1#log-communication"],
    [{ kind: "clock", what: "remedy" }, "Finish the remedy", "Your setback's target", "/setbacks/SB-0007#remedy"],
    [{ kind: "promise", what: "The new date for the install" }, "Send the promised update", "The new date for the install", "/setbacks/SB-0007?log=1#log-communication"],
    [{ kind: "promise", what: "  " }, "Send the promised update", "An update", "/setbacks/SB-0007?log=1#log-communication"],
    [{ kind: "follow_up" }, "Follow-up", "Follow up with the client", "/setbacks/SB-0007#follow-ups"],
    [{ kind: "preventive_action", what: "Use a clean template" }, "Preventive action", "Use a clean template", "/setbacks/SB-0007#lesson"],
    [{ kind: "approval", amountCents: 80_000, currency: "EUR", compensationKind: "credit", proposer: "Sam Patel" }, "Approve compensation", "Credit of €800.00, proposed by Sam Patel", "/setbacks/SB-0007#compensation"],
    [{ kind: "approval", amountCents: 80_000, currency: "not a currency", compensationKind: "refund", proposer: null }, "Approve compensation", "Refund of 800.00 not a currency, proposed by an import", "/setbacks/SB-0007#compensation"],
    [{ kind: "triage" }, "Triage the client's report", "Reported through the client link; not yet triaged", "/setbacks/SB-0007#triage"],
    [{ kind: "unowned_breach", what: "remedy" }, "Breached, nobody owns it", "The remedy target has passed; give it an owner", "/setbacks/SB-0007?edit=1#edit-details"],
  ])("%o reads %s: %s", (over, label, what, href) => {
    expect(toEntry(row(over), NOW)).toMatchObject({ label, what, href, reference: "SB-0007" });
  });
});
