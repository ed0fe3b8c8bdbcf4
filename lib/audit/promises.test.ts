import { describe, expect, it } from "vitest";
import { promiseStatus } from "./promises";

describe("promiseStatus", () => {
  const promise = { madeAt: 100, dueAt: 200 };
  it("is kept by the first thing done after it and by its date", () => {
    expect(promiseStatus(promise, [50, 180, 150], 1000)).toEqual({ status: "kept", keptAt: 150 });
    expect(promiseStatus(promise, [200], 1000)).toEqual({ status: "kept", keptAt: 200 });
  });
  it("is broken once its date passed with nothing done in time", () => {
    expect(promiseStatus(promise, [100, 201], 1000)).toEqual({ status: "broken", keptAt: null });
  });
  it("is pending while its date is ahead", () => {
    expect(promiseStatus(promise, [], 150)).toEqual({ status: "pending", keptAt: null });
    expect(promiseStatus(promise, [], 200)).toEqual({ status: "pending", keptAt: null });
  });
});
