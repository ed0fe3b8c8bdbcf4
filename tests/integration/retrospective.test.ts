import { describe, expect, it } from "vitest";
import { seedReportFixture } from "@/db/fixtures/reports";
import { latestNotes, loadRetrospective } from "@/db/queries/reports/retrospective";
import { executeCommand } from "@/lib/commands/command";
import { saveRetrospectiveNotes } from "@/lib/commands/retrospectives";
import { changedSinceOpened } from "@/lib/commands/versions";
import { previousPeriodOf, resolvePeriod } from "@/lib/metrics/period";
import { toMarkdown } from "@/lib/metrics/retrospective";
import { freshDb, makeActor } from "../helpers/db";
import { ok } from "../helpers/setback";

const NOW = Date.UTC(2026, 0, 1);

describe("a retrospective of the fixture's quarter", () => {
  it("gives the headline figures against the quarter before, and the patterns", async () => {
    const db = freshDb();
    seedReportFixture(db);
    const period = resolvePeriod({ period: "quarter", quarter: "2025-Q1" }, NOW, "UTC");
    const previous = previousPeriodOf({ period: "quarter", quarter: "2025-Q1" }, period, NOW, "UTC");
    expect(previous.label).toBe("2024-Q4");
    const retro = await loadRetrospective(db, period, previous, NOW, 90, "EUR");
    const figures = Object.fromEntries(retro.headlines.map((h) => [h.label, [h.current, h.previous]]));
    expect(figures["Setbacks"]).toEqual([5, 0]);
    expect(figures["Median time to notify"]).toEqual([3, null]);
    expect(figures["Notification target met"]).toEqual([60, null]);
    expect(figures["Median time to remedy"]).toEqual([48, null]);
    // F4 and F5 repeat F1's client and category (delay) within 90 days: 2 of 5 recur.
    expect(figures["Recurrence rate"]).toEqual([40, null]);
    expect(retro.patterns).toEqual([{ pair: "Fixture Foods × Delay", count: 3, references: [1, 4, 5] }]);
    expect(retro.setbacks.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    expect(toMarkdown(retro, NOW, String)).toContain("| Setbacks | 5 | 0 | up 5 (worse) |");
  });

  it("keeps the manager's notes as events, the newest shown; a member may not write them", async () => {
    const db = freshDb();
    const manager = makeActor(db, "manager");
    const member = makeActor(db, "member");
    const period = resolvePeriod({ period: "quarter", quarter: "2025-Q1" }, NOW, "UTC");
    const input = { from: String(period.from), to: String(period.to), label: period.label };
    expect(await executeCommand(db, saveRetrospectiveNotes, member, { ...input, notes: "x" })).toMatchObject({ ok: false, status: 403 });
    await executeCommand(db, saveRetrospectiveNotes, manager, { ...input, notes: "First draft" });
    await executeCommand(db, saveRetrospectiveNotes, manager, { ...input, notes: "Call before emailing." });
    expect(latestNotes(db, period).notes).toBe("Call before emailing.");
    expect(latestNotes(db, resolvePeriod({ period: "quarter", quarter: "2025-Q2" }, NOW, "UTC"))).toEqual({ notes: "", savedAs: 0 });
  });

  it("refuses notes saved from a page opened before someone else's save", async () => {
    const db = freshDb();
    const [alex, sam] = [makeActor(db, "manager"), makeActor(db, "manager")];
    const period = resolvePeriod({ period: "quarter", quarter: "2025-Q1" }, NOW, "UTC");
    const input = { from: String(period.from), to: String(period.to), label: period.label };
    // Both opened the page before any notes were saved (version 0).
    await ok(db, saveRetrospectiveNotes, alex, { ...input, notes: "Alex: call before emailing", version: "0" });
    const saved = latestNotes(db, period);
    const stale = await executeCommand(db, saveRetrospectiveNotes, sam, { ...input, notes: "Sam: refunds took too long", version: "0" });
    expect(stale).toEqual({ ok: false, status: 409, formError: changedSinceOpened("retrospective"), fieldErrors: {} });
    expect(latestNotes(db, period)).toEqual(saved);
    await ok(db, saveRetrospectiveNotes, sam, { ...input, notes: "Alex: call before emailing\nSam: refunds took too long", version: String(saved.savedAs) });
    expect(latestNotes(db, period).notes).toBe("Alex: call before emailing\nSam: refunds took too long");
  });
});
