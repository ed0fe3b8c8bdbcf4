// Lays cards out in stage columns with their running clocks: pure, so the page stays thin.
import type { ServiceLevelTarget } from "../settings";
import { runningClock, type ClockInput, type RunningClock } from "./clocks";
import { STAGES, type Severity, type Stage } from "./vocabulary";

export interface CardInput extends ClockInput {
  severity: Severity;
}

export interface Column<C> {
  stage: Stage;
  cards: (C & { clock: RunningClock | null })[];
  breached: number;
}

export function arrangeBoard<C extends CardInput>(
  cards: readonly C[],
  targets: readonly ServiceLevelTarget[],
  now: number,
  options: { breachedOnly?: boolean; closed?: boolean } = {},
): { columns: Column<C>[]; open: number; breached: number } {
  const bySeverity = new Map(targets.map((t) => [t.severity, t]));
  const stages: Stage[] = options.closed ? ["closed"] : STAGES.filter((s) => s !== "closed");
  const columns = stages.map((stage): Column<C> => ({ stage, cards: [], breached: 0 }));
  let breached = 0;
  let open = 0;
  for (const card of cards) {
    const target = bySeverity.get(card.severity);
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
  }
  return { columns, open, breached };
}
