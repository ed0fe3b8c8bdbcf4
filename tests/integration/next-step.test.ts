import { describe, expect, it } from "vitest";
import { boardCards, boardView } from "@/db/queries/board";
import { lifecycleRecordsOf } from "@/db/queries/lifecycle-records";
import { seedDemo } from "@/db/seed";
import { loadLifecycleRecords } from "@/db/writes/lifecycle";
import { freshDb } from "../helpers/db";

describe("the next step of each board card", () => {
  it("reads, for many setbacks at once, the same guard records as the move command loads for one", async () => {
    const db = freshDb();
    seedDemo(db);
    const cards = [...(await boardCards(db, {}, null)), ...(await boardCards(db, { closed: "1" }, null))];
    const batch = lifecycleRecordsOf(db, cards.map((c) => c.id));
    expect(batch.size).toBe(40);
    for (const card of cards) expect(batch.get(card.id)).toEqual(loadLifecycleRecords(db, card.id));
  });

  it("offers every discovered demo card the first notification, never the refused move", async () => {
    const db = freshDb();
    const now = Date.now();
    seedDemo(db, now);
    const { cards, steps } = await boardView(db, {}, null, now, 8);
    const discovered = cards.filter((c) => c.stage === "discovered");
    expect(discovered).toHaveLength(5);
    for (const card of discovered) expect(steps[card.id]).toMatchObject({ kind: "record", label: "Log the first notification" });
    expect(cards.filter((c) => c.stage === "notified").map((c) => steps[c.id]?.label)).toEqual(cards.filter((c) => c.stage === "notified").map(() => "Move to Remedying"));
  });
});
