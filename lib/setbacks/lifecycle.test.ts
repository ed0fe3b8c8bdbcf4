import { describe, expect, it } from "vitest";
import { canMove, planMove, type LifecycleRecords } from "./lifecycle";
import type { Stage } from "./vocabulary";

const none: LifecycleRecords = {
  outboundCommunications: 0,
  remedyTasks: [],
  compensations: [],
  noCompensationReason: null,
  followUps: [],
  lesson: null,
};
const r = (over: Partial<LifecycleRecords>): LifecycleRecords => ({ ...none, ...over });

const cases: [from: Stage, to: Stage, records: LifecycleRecords, expected: string | null][] = [
  ["discovered", "notified", none, "Log an outbound communication to the client first."],
  ["discovered", "notified", r({ outboundCommunications: 1 }), null],
  ["notified", "remedying", none, null],
  ["remedying", "compensation", none, "Add a remedy task first."],
  ["remedying", "compensation", r({ remedyTasks: [{ status: "done" }, { status: "open" }] }), "Finish or cancel the open remedy task first (1 open)."],
  ["remedying", "compensation", r({ remedyTasks: [{ status: "open" }, { status: "open" }] }), "Finish or cancel the open remedy tasks first (2 open)."],
  ["remedying", "compensation", r({ remedyTasks: [{ status: "done" }, { status: "cancelled" }] }), null],
  ["compensation", "follow_up", none, "Record a compensation decision first: an approved compensation, or “no compensation warranted” with a reason."],
  ["compensation", "follow_up", r({ compensations: [{ status: "proposed" }, { status: "rejected" }] }), "Record a compensation decision first: an approved compensation, or “no compensation warranted” with a reason."],
  ["compensation", "follow_up", r({ noCompensationReason: "  " }), "Record a compensation decision first: an approved compensation, or “no compensation warranted” with a reason."],
  ["compensation", "follow_up", r({ compensations: [{ status: "approved" }] }), null],
  ["compensation", "follow_up", r({ compensations: [{ status: "issued" }] }), null],
  ["compensation", "follow_up", r({ noCompensationReason: "They asked for nothing" }), null],
  ["follow_up", "review", none, "Complete a follow-up first, with the client’s satisfaction and whether they stay."],
  ["follow_up", "review", r({ followUps: [{ status: "planned", satisfaction: null, retained: null }] }), "Complete a follow-up first, with the client’s satisfaction and whether they stay."],
  ["follow_up", "review", r({ followUps: [{ status: "done", satisfaction: 4, retained: true }] }), null],
  ["follow_up", "review", r({ followUps: [{ status: "done", satisfaction: 1, retained: false }] }), null],
  ["review", "closed", none, "Write the lesson first, with its root cause."],
  ["review", "closed", r({ lesson: { rootCause: "", noActionReason: null, preventiveActions: 1 } }), "Write the lesson first, with its root cause."],
  ["review", "closed", r({ lesson: { rootCause: "No cut-off check", noActionReason: null, preventiveActions: 0 } }), "Add a preventive action to the lesson first, or record “no action” with a reason."],
  ["review", "closed", r({ lesson: { rootCause: "No cut-off check", noActionReason: null, preventiveActions: 1 } }), null],
  ["review", "closed", r({ lesson: { rootCause: "Carrier failure", noActionReason: "Outside our control", preventiveActions: 0 } }), null],
  ["discovered", "remedying", r({ outboundCommunications: 1 }), "From Discovered the next stage is Notified, not Remedying."],
  ["notified", "discovered", none, "From Notified the next stage is Remedying, not Discovered."],
  ["closed", "closed", none, "From Closed the next stage is Closed, not Closed."],
];

describe("canMove: the guard of every forward move", () => {
  it.each(cases)("%s → %s", (from, to, records, expected) => {
    const result = canMove({ stage: from }, to, records);
    expect(result).toEqual(expected === null ? { ok: true } : { ok: false, reason: expected });
  });
});

describe("planMove: back, reopen and close as minor", () => {
  const base = { records: none, reason: "", mayCloseMinor: false };

  it("moves forward when the guard allows, without a reason", () => {
    expect(planMove({ ...base, setback: { stage: "notified", severity: "high" }, to: "remedying" })).toEqual({ ok: true, kind: "forward" });
  });

  it("moves back one stage only with a reason", () => {
    const setback = { stage: "remedying" as const, severity: "high" as const };
    expect(planMove({ ...base, setback, to: "notified" })).toEqual({ ok: false, reason: "Give a reason for moving it back." });
    expect(planMove({ ...base, setback, to: "notified", reason: "Logged by mistake" })).toEqual({ ok: true, kind: "back" });
  });

  it("does not move back two stages", () => {
    expect(planMove({ ...base, setback: { stage: "compensation", severity: "low" }, to: "notified", reason: "x" })).toMatchObject({ ok: false });
  });

  it("reopens a closed setback only with a reason", () => {
    const setback = { stage: "closed" as const, severity: "medium" as const };
    expect(planMove({ ...base, setback, to: "remedying" })).toEqual({ ok: false, reason: "Give a reason for reopening it." });
    expect(planMove({ ...base, setback, to: "remedying", reason: "The fault came back" })).toEqual({ ok: true, kind: "reopen" });
  });

  it("closes as minor only a low setback, only for a manager, only with a reason", () => {
    const low = { stage: "notified" as const, severity: "low" as const };
    const minor = { ...base, to: "closed" as const, closeAsMinor: true, reason: "A typo, fixed the same day" };
    expect(planMove({ ...minor, setback: low, mayCloseMinor: true })).toEqual({ ok: true, kind: "close_minor" });
    expect(planMove({ ...minor, setback: low })).toEqual({ ok: false, reason: "Only a manager can close a setback as minor." });
    expect(planMove({ ...minor, setback: { ...low, severity: "medium" }, mayCloseMinor: true })).toEqual({
      ok: false,
      reason: "Only a low-severity setback can be closed as minor.",
    });
    expect(planMove({ ...minor, setback: low, mayCloseMinor: true, reason: "" })).toEqual({ ok: false, reason: "Give a reason for closing it as minor." });
  });

  it("refuses a move to the stage it is at", () => {
    expect(planMove({ ...base, setback: { stage: "review", severity: "low" }, to: "review" })).toEqual({ ok: false, reason: "The setback is already at Review." });
  });
});

describe("the triage guard", () => {
  const told = r({ outboundCommunications: 1 });
  const triaged = { stage: "discovered" as const, severity: "low" as const, fault: "ours", category: "delay" };
  it("keeps a setback whose fault is not yet assessed, or whose category needs triage, in Discovered", () => {
    for (const untriaged of [{ ...triaged, fault: "unassessed" }, { ...triaged, category: "needs_triage" }]) {
      expect(canMove(untriaged, "notified", told)).toEqual({ ok: false, reason: "Triage it first: set its severity, category, fault and owner in the triage panel." });
      expect(planMove({ setback: untriaged, to: "closed", records: told, reason: "Small", mayCloseMinor: true, closeAsMinor: true })).toMatchObject({ ok: false, reason: expect.stringMatching(/^Triage it first/) });
    }
    expect(canMove(triaged, "notified", told)).toEqual({ ok: true });
  });

  it("holds only the move out of Discovered", () => {
    expect(canMove({ stage: "notified", fault: "unassessed" }, "remedying", none)).toEqual({ ok: true });
  });
});
