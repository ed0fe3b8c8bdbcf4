import { describe, expect, it } from "vitest";
import { deriveMilestones } from "./milestones";

const none = { communications: [], remedyTasks: [], followUps: [], moves: [], stage: "discovered" };

describe("deriveMilestones", () => {
  it("is empty for a new setback", () => {
    expect(deriveMilestones(none)).toEqual({ notifiedAt: null, remediedAt: null, followedUpAt: null, closedAt: null });
  });

  it("takes the first outbound communication, with a correction replacing what it corrects", () => {
    const communications = [
      { id: 1, direction: "inbound", occurredAt: 100, correctsId: null },
      { id: 2, direction: "outbound", occurredAt: 300, correctsId: null },
      { id: 3, direction: "outbound", occurredAt: 250, correctsId: 2 },
      { id: 4, direction: "outbound", occurredAt: 900, correctsId: null },
    ];
    expect(deriveMilestones({ ...none, communications }).notifiedAt).toBe(250);
  });

  it("is remedied when the last task is done and none is open", () => {
    const tasks = [
      { status: "done", doneAt: 500 },
      { status: "cancelled", doneAt: null },
      { status: "done", doneAt: 700 },
    ];
    expect(deriveMilestones({ ...none, remedyTasks: tasks }).remediedAt).toBe(700);
    expect(deriveMilestones({ ...none, remedyTasks: [...tasks, { status: "open", doneAt: null }] }).remediedAt).toBeNull();
    expect(deriveMilestones({ ...none, remedyTasks: [{ status: "cancelled", doneAt: null }] }).remediedAt).toBeNull();
  });

  it("takes the first completed follow-up, and the last close while closed", () => {
    const followUps = [
      { status: "done", doneAt: 800 },
      { status: "planned", doneAt: null },
      { status: "done", doneAt: 1200 },
    ];
    const moves = [
      { at: 1000, to: "closed" },
      { at: 1100, to: "remedying" },
      { at: 1500, to: "closed" },
    ];
    expect(deriveMilestones({ ...none, followUps, moves, stage: "closed" })).toMatchObject({ followedUpAt: 800, closedAt: 1500 });
    expect(deriveMilestones({ ...none, moves, stage: "remedying" }).closedAt).toBeNull();
  });
});
