// Lays cards out in stage columns with their running clocks: pure, so the page stays thin.
import type { ServiceLevelTarget } from "../settings";
import { runningClock, type ClockInput, type RunningClock } from "./clocks";
import { clockSeverity, STAGES, type SeverityValue, type Stage } from "./vocabulary";

export interface CardInput extends ClockInput {
  severity: SeverityValue;
}

export interface Column<C> {
  stage: Stage;
  cards: (C & { clock: RunningClock | null })[];
  /** Cards in this column under the filter, shown or not. */
  total: number;
  breached: number;
}

/** Counted in SQL over every matching setback, when the board shows only the most urgent cards. */
export interface StageTotal {
  stage: Stage;
  total: number;
  breached: number;
}

export function arrangeBoard<C extends CardInput>(
  cards: readonly C[],
  targets: readonly ServiceLevelTarget[],
  now: number,
  options: { breachedOnly?: boolean; closed?: boolean; totals?: readonly StageTotal[] } = {},
): { columns: Column<C>[]; open: number; breached: number } {
  const bySeverity = new Map(targets.map((t) => [t.severity, t]));
  const stages: Stage[] = options.closed ? ["closed"] : STAGES.filter((s) => s !== "closed");
  const columns = stages.map((stage): Column<C> => ({ stage, cards: [], total: 0, breached: 0 }));
  let breached = 0;
  let open = 0;
  for (const card of cards) {
    const target = bySeverity.get(clockSeverity(card.severity));
    const clock = target ? runningClock(card, target, now) : null;
    if (options.breachedOnly && !clock?.breached) continue;
    const column = columns.find((c) => c.stage === card.stage);
    if (!column) continue;
    column.cards.push({ ...card, clock });
    if (clock?.breached) {
      column.breached += 1;
      breached += 1;
    }
    if (card.stage !== "closed") open += 1;
  }
  // Within a column the clock running out first comes first; cards without a clock go last.
  for (const column of columns) {
    column.cards.sort((a, b) => (a.clock?.deadline ?? Infinity) - (b.clock?.deadline ?? Infinity));
    column.total = column.cards.length;
  }
  if (options.totals) {
    open = 0;
    breached = 0;
    for (const column of columns) {
      const counted = options.totals.find((t) => t.stage === column.stage);
      column.total = options.breachedOnly ? (counted?.breached ?? 0) : (counted?.total ?? 0);
      column.breached = counted?.breached ?? 0;
      if (column.stage !== "closed") open += column.total;
      breached += column.breached;
    }
  }
  return { columns, open, breached };
}
