import { describe, expect, it } from "vitest";
import { DEFAULT_TARGETS } from "../settings";
import { arrangeBoard, type CardInput } from "./board";

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 20, 12);
const card = (id: number, over: Partial<CardInput>): CardInput & { id: number } => ({
  id,
  stage: "discovered",
  severity: "high",
  discoveredAt: NOW - HOUR,
  notifiedAt: null,
  remediedAt: null,
  followedUpAt: null,
  ...over,
});

describe("arrangeBoard", () => {
  const cards = [
    card(1, { discoveredAt: NOW - 9 * HOUR }), // high: 8 h to notify → breached
    card(2, { discoveredAt: NOW - 2 * HOUR }), // 6 h left
    card(3, { stage: "remedying", notifiedAt: NOW - HOUR, severity: "critical", discoveredAt: NOW - 3 * 24 * HOUR }), // 2 d to remedy → breached
    card(4, { stage: "review", notifiedAt: NOW, remediedAt: NOW, followedUpAt: NOW }), // no clock
  ];

  it("puts cards in their stage's column, clock running out first, and counts breaches", () => {
    const board = arrangeBoard(cards, DEFAULT_TARGETS, NOW);
    expect(board.columns.map((c) => c.stage)).toEqual(["discovered", "notified", "remedying", "compensation", "follow_up", "review"]);
    const discovered = board.columns[0];
    expect(discovered.cards.map((c) => c.id)).toEqual([1, 2]);
    expect(discovered.breached).toBe(1);
    expect(board.columns[2]).toMatchObject({ breached: 1, cards: [{ id: 3, clock: { kind: "remedy", breached: true } }] });
    expect(board.columns[5].cards[0].clock).toBeNull();
    expect([board.open, board.breached]).toEqual([4, 2]);
  });

  it("keeps only breached cards when asked", () => {
    const board = arrangeBoard(cards, DEFAULT_TARGETS, NOW, { breachedOnly: true });
    expect(board.columns.flatMap((c) => c.cards.map((x) => x.id))).toEqual([1, 3]);
  });

  it("shows one Closed column for closed setbacks", () => {
    const board = arrangeBoard([card(5, { stage: "closed" })], DEFAULT_TARGETS, NOW, { closed: true });
    expect(board.columns).toHaveLength(1);
    expect(board.columns[0]).toMatchObject({ stage: "closed", breached: 0 });
  });
});
