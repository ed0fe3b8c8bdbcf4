import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recurrenceRate, recurringPairs, repeatsAfterPrevention } from "@/db/queries/reports/recurrence";
import { insertClient } from "@/db/writes/clients";
import { insertLesson, insertPreventiveAction } from "@/db/writes/records";
import { insertSetback } from "@/db/writes/setbacks";
import * as reference from "@/lib/metrics/recurrence";
import { DEFAULT_CATEGORIES, DEFAULT_ROOT_CAUSES } from "@/lib/setbacks/vocabulary";
import { freshDb } from "../helpers/db";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
const CATEGORIES = ["delay", "billing_error", "failure"];

const setback = fc.record({
  client: fc.integer({ min: 0, max: 2 }),
  category: fc.constantFrom(...CATEGORIES),
  // Whole days, so that equal discovery times happen and the "strictly earlier" edge is tried.
  day: fc.integer({ min: 0, max: 200 }),
  rootCause: fc.option(fc.constantFrom("process", "people", "system"), { nil: null }),
  prevention: fc.array(fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }), { maxLength: 2 }),
});

describe("recurrence: SQL agrees with the reference implementation", () => {
  it("on random histories, with earlier setbacks before the period", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(setback, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 150 }), async (list, windowDays, fromDay) => {
        const db = freshDb();
        const all: reference.RecurrenceSetback[] = [];
        const names = ["Acme", "Birch", "Cobalt"];
        db.transaction((tx) => {
          const clients = names.map((name) => insertClient(tx, { name, createdAt: T0, updatedAt: T0 }));
          list.forEach((s, i) => {
            const discoveredAt = T0 + s.day * DAY;
            const id = insertSetback(tx, {
              number: i + 1, clientId: clients[s.client], title: "x", category: s.category, severity: "low", fault: "ours", source: "internal",
              occurredAt: discoveredAt, discoveredAt, stage: "closed", stageChangedAt: discoveredAt, createdAt: T0, updatedAt: T0,
            });
            const done: number[] = [];
            if (s.rootCause) {
              const lessonId = insertLesson(tx, { setbackId: id, rootCauseCategory: s.rootCause, rootCause: "y", createdAt: T0, updatedAt: T0 });
              for (const p of s.prevention) {
                const doneAt = p === null ? null : T0 + p * DAY + 3_600_000;
                insertPreventiveAction(tx, { lessonId, description: "z", doneAt, createdAt: T0 });
                if (doneAt !== null) done.push(doneAt);
              }
            }
            all.push({ id, clientId: clients[s.client], category: s.category, discoveredAt, rootCause: s.rootCause, preventionDoneAt: done });
          });
        });
        const filter = { from: T0 + fromDay * DAY, to: T0 + 201 * DAY };
        const period = all.filter((s) => s.discoveredAt >= filter.from && s.discoveredAt < filter.to);

        expect(await recurrenceRate(db, filter, windowDays)).toEqual(reference.recurrenceRate(period, all, windowDays));

        const label = (list: readonly { key: string; label: string }[], key: string) => list.find((c) => c.key === key)!.label;
        const byClient = reference.recurringPairs(period, (s) => `${names[s.clientId - 1]} × ${label(DEFAULT_CATEGORIES, s.category)}`);
        expect((await recurringPairs(db, filter, "client_category")).map(({ pair, count, ids }) => ({ pair, count, ids }))).toEqual(byClient);
        const byCause = reference.recurringPairs(period, (s) => (s.rootCause ? `${label(DEFAULT_CATEGORIES, s.category)} × ${label(DEFAULT_ROOT_CAUSES, s.rootCause)}` : null));
        expect((await recurringPairs(db, filter, "category_root_cause")).map(({ pair, count, ids }) => ({ pair, count, ids }))).toEqual(byCause);

        const repeats = (await repeatsAfterPrevention(db, filter, windowDays)).map(({ earlierId, laterId }) => ({ earlierId, laterId }));
        expect(repeats).toEqual(reference.repeatsAfterPrevention(period, all, windowDays));
      }),
      { numRuns: 40 },
    );
  });
});
