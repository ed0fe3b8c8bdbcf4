import { describe, expect, it } from "vitest";
import { eventWhens, happenedAt } from "./event-times";

const NOV3 = Date.UTC(2026, 10, 3, 10, 0);
const NOV5 = Date.UTC(2026, 10, 5, 9, 12);

describe("happenedAt", () => {
  it.each([
    ["communication.logged", { occurredAt: NOV3 }, NOV3],
    ["remedy.added", { doneAt: NOV3, imported: true }, NOV3],
    ["follow_up.updated", { changes: { doneAt: { from: null, to: NOV3 } } }, NOV3],
    ["remedy.added", { dueAt: NOV3 }, null],
    ["setback.reported", { occurredAt: NOV3 }, null],
    ["communication.logged", { occurredAt: "3 Nov" }, null],
    ["user.created", { occurredAt: NOV3 }, null],
  ])("%s %j happened at %s", (kind, data, expected) => {
    expect(happenedAt(kind, data)).toBe(expected);
  });
});

describe("eventWhens", () => {
  it("names a different happened time, and a back-dated time as recorded after the event before it", () => {
    const rows = [
      { id: 3, at: NOV3 - 86_400_000, kind: "setback.moved", data: {} },
      { id: 2, at: NOV5, kind: "communication.logged", data: { occurredAt: NOV3 } },
      { id: 1, at: NOV5 - 60_000, kind: "communication.logged", data: { occurredAt: NOV5 - 30_000 } },
    ];
    const whens = eventWhens(rows, new Map());
    expect(whens.get(1)).toEqual({ kind: "recorded", recorded: NOV5 - 60_000 });
    expect(whens.get(2)).toEqual({ kind: "happened", happened: NOV3, recorded: NOV5 });
    expect(whens.get(3)).toEqual({ kind: "back-dated", happened: NOV3 - 86_400_000, after: NOV5 });
  });
  it("keeps a stored happened time no calendar can show, for the page to say it cannot", () => {
    const beyond = 8.64e15 + 1;
    expect(eventWhens([{ id: 1, at: NOV5, kind: "communication.logged", data: { occurredAt: beyond } }], new Map()).get(1)).toEqual({ kind: "happened", happened: beyond, recorded: NOV5 });
  });
  it("bounds the first event of a page by the one just before it in the chain", () => {
    expect(eventWhens([{ id: 8, at: NOV3, kind: "setback.moved", data: {} }], new Map([[7, NOV5]])).get(8)).toEqual({ kind: "back-dated", happened: NOV3, after: NOV5 });
  });
});
