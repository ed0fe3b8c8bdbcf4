import { describe, expect, it } from "vitest";
import { promisedByText } from "./promise-text";
import { latestOutbound, nextPromisedUpdate, promiseState, standingPromise, type PromiseCommunication, type PromiseFollowUp } from "./promise";

const DAY = 86_400_000;
const T = Date.UTC(2026, 11, 1, 9);
let next = 0;
const sent = (over: Partial<PromiseCommunication> = {}): PromiseCommunication => ({
  id: ++next, direction: "outbound", occurredAt: T, promiseDueAt: null, authorId: 7, correctsId: null, ...over,
});
const done = (doneAt: number): PromiseFollowUp => ({ status: "done", doneAt });

describe("the standing promise", () => {
  it("is the promise of the latest message we sent", () => {
    const a = sent({ promiseDueAt: T + DAY, promiseDueDay: "2026-12-02" });
    expect(standingPromise([a], [])).toEqual({ communicationId: a.id, madeAt: T, dueAt: T + DAY, dueDay: "2026-12-02", authorId: 7 });
  });

  it("is kept by a later message, with or without a promise of its own", () => {
    const a = sent({ promiseDueAt: T + DAY });
    expect(standingPromise([a, sent({ occurredAt: T + 1 })], [])).toBeNull();
    const b = sent({ occurredAt: T + 2, promiseDueAt: T + 3 * DAY });
    expect(standingPromise([a, b], [])?.communicationId).toBe(b.id);
  });

  it("is not replaced by what the client sends us", () => {
    const a = sent({ promiseDueAt: T + DAY });
    expect(standingPromise([a, sent({ direction: "inbound", occurredAt: T + 1 })], [])?.communicationId).toBe(a.id);
  });

  it("is kept by a follow-up completed after it was made, not by one before or one still planned", () => {
    const a = sent({ promiseDueAt: T + DAY });
    expect(standingPromise([a], [done(T + 2 * DAY)])).toBeNull();
    expect(standingPromise([a], [done(T)])).toBeNull();
    expect(standingPromise([a], [done(T - 1), { status: "planned", doneAt: null }, { status: "cancelled", doneAt: null }])?.communicationId).toBe(a.id);
  });

  it("places a back-dated message where it was sent: it does not replace a later one", () => {
    const a = sent({ promiseDueAt: T + DAY });
    const backDated = sent({ occurredAt: T - DAY });
    expect(latestOutbound([a, backDated])?.id).toBe(a.id);
    expect(standingPromise([a, backDated], [])?.communicationId).toBe(a.id);
    // Logged at the same instant: the one logged later counts.
    const same = sent({ occurredAt: T, promiseDueAt: T + 5 * DAY });
    expect(standingPromise([a, same], [])?.communicationId).toBe(same.id);
  });

  it("follows a correction: the corrected message no longer counts, the correction does", () => {
    const a = sent({ promiseDueAt: T + DAY });
    const fix = sent({ occurredAt: T, correctsId: a.id, promiseDueAt: T + 2 * DAY });
    expect(standingPromise([a, fix], [])?.dueAt).toBe(T + 2 * DAY);
    // Corrected into a message received: nothing we sent stands.
    expect(standingPromise([a, sent({ direction: "inbound", correctsId: a.id })], [])).toBeNull();
    // The earlier message comes back into view once the later one is corrected away.
    const earlier = sent({ occurredAt: T - DAY, promiseDueAt: T + 4 * DAY });
    expect(standingPromise([earlier, a, sent({ direction: "inbound", correctsId: a.id })], [])?.communicationId).toBe(earlier.id);
  });

  it("is pending until it passes, missed after, and owed no more once the setback is closed", () => {
    const p = { dueAt: T };
    expect(promiseState(p, "review", T - 1)).toBe("pending");
    expect(promiseState(p, "review", T)).toBe("pending");
    expect(promiseState(p, "review", T + 1)).toBe("missed");
    expect(promiseState(p, "closed", T + 1)).toBe("none");
    expect(promiseState(null, "review", T)).toBe("none");
  });

  it("gives a draft the promise while it lies ahead, nothing once it has passed", () => {
    const a = sent({ promiseDueAt: T + DAY });
    expect(nextPromisedUpdate([a], [], T)).toBe(T + DAY);
    expect(nextPromisedUpdate([a], [], T + 2 * DAY)).toBeNull();
    expect(nextPromisedUpdate([a], [done(T + 1)], T)).toBeNull();
  });
});

describe("how a promise's date reads", () => {
  it("reads a day promised as the day, in any zone, never as 23:59", () => {
    const endOfDay = Date.UTC(2026, 11, 3, 22, 59, 59); // 23:59:59 in Paris
    expect(promisedByText({ dueAt: endOfDay, dueDay: "2026-12-03" }, "Europe/Paris")).toBe("3 December 2026");
    expect(promisedByText({ dueAt: endOfDay, dueDay: "2026-12-03" }, "Pacific/Auckland")).toBe("3 December 2026");
  });

  it("reads a time promised as the time, and a stored day off the calendar as the instant", () => {
    const at = Date.UTC(2026, 11, 3, 14);
    expect(promisedByText({ dueAt: at, dueDay: null }, "UTC")).toBe("3 Dec 2026, 14:00");
    expect(promisedByText({ dueAt: at, dueDay: "2026-02-31" }, "UTC")).toBe("3 Dec 2026, 14:00");
    expect(promisedByText({ dueAt: at, dueDay: "nonsense" }, "UTC")).toBe("3 Dec 2026, 14:00");
  });
});
