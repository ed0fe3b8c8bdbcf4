import { describe, expect, it } from "vitest";
import { canMove, nextStage, type LifecycleRecords } from "./lifecycle";
import { nextStep, stepHref } from "./next-step";
import { STAGES, type Stage } from "./vocabulary";

const none: LifecycleRecords = { outboundCommunications: 0, remedyTasks: [], compensations: [], noCompensationReason: null, followUps: [], lesson: null };
const r = (over: Partial<LifecycleRecords>): LifecycleRecords => ({ ...none, ...over });

describe("nextStep", () => {
  it.each<[Stage, LifecycleRecords, string, string | null]>([
    ["discovered", none, "Log the first notification", "/setbacks/SB-0007?draft=1#log-communication"],
    ["discovered", r({ outboundCommunications: 1 }), "Move to Notified", null],
    ["notified", none, "Move to Remedying", null],
    ["remedying", none, "Add a remedy task", "/setbacks/SB-0007#remedy"],
    ["remedying", r({ remedyTasks: [{ status: "open" }] }), "Finish the remedy tasks", "/setbacks/SB-0007#remedy"],
    ["remedying", r({ remedyTasks: [{ status: "done" }] }), "Move to Compensation", null],
    ["compensation", none, "Record the compensation decision", "/setbacks/SB-0007#compensation"],
    ["compensation", r({ compensations: [{ status: "proposed" }] }), "Decide the proposed compensation", "/setbacks/SB-0007#compensation"],
    ["compensation", r({ noCompensationReason: "They asked for nothing" }), "Move to Follow-up", null],
    ["follow_up", none, "Plan a follow-up", "/setbacks/SB-0007#follow-ups"],
    ["follow_up", r({ followUps: [{ status: "planned", satisfaction: null, retained: null }] }), "Complete the follow-up", "/setbacks/SB-0007#follow-ups"],
    ["review", none, "Write the lesson", "/setbacks/SB-0007#lesson"],
    ["review", r({ lesson: { rootCause: "Copied templates", noActionReason: null, preventiveActions: 0 } }), "Add a preventive action", "/setbacks/SB-0007#lesson"],
  ])("at %s offers %s", (stage, records, label, href) => {
    const step = nextStep({ stage }, records)!;
    expect(step.label).toBe(label);
    expect(step.kind === "record" ? stepHref("SB-0007", step) : null).toBe(href);
  });

  it("asks for triage first on a client's report not yet triaged, whatever else is recorded", () => {
    for (const fields of [{ fault: "unassessed" }, { category: "needs_triage" }]) {
      const step = nextStep({ stage: "discovered", ...fields }, r({ outboundCommunications: 1 }))!;
      expect(step).toMatchObject({ kind: "record", label: "Triage this report" });
      expect(step.kind === "record" ? stepHref("SB-0007", step) : null).toBe("/setbacks/SB-0007#triage");
    }
  });

  it("offers nothing on a closed setback", () => {
    expect(nextStep({ stage: "closed" }, none)).toBeNull();
  });

  it("never offers a move the guard refuses, and always offers the move it allows", () => {
    // Every combination of the records the guards look at, at every open stage.
    const variants: LifecycleRecords[] = [];
    for (const outbound of [0, 1])
      for (const tasks of [[], [{ status: "open" as const }], [{ status: "done" as const }]])
        for (const comps of [[], [{ status: "proposed" as const }], [{ status: "approved" as const }]])
          for (const reason of [null, "none needed"])
            for (const fu of [[], [{ status: "done" as const, satisfaction: 4, retained: true }]])
              for (const lesson of [null, { rootCause: "x", noActionReason: null, preventiveActions: 1 }])
                variants.push({ outboundCommunications: outbound, remedyTasks: tasks, compensations: comps, noCompensationReason: reason, followUps: fu, lesson });
    const triage = [{}, { fault: "unassessed" }, { category: "needs_triage" }, { fault: "ours", category: "delay" }];
    for (const stage of STAGES.filter((s) => s !== "closed")) {
      for (const records of variants) for (const fields of triage) {
        const step = nextStep({ stage, ...fields }, records)!;
        const guard = canMove({ stage, ...fields }, nextStage(stage)!, records);
        expect(step.kind).toBe(guard.ok ? "move" : "record");
        if (step.kind === "record" && !guard.ok) expect(step.reason).toBe(guard.reason);
      }
    }
  });
});
