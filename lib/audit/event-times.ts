// Which time is which on the audit trail. The list is in the order events were recorded (the
// chain's order); an event's own time is when it was recorded. What it records may have
// happened earlier — a call logged the next day, a communication or a finished task brought in
// by an import — and a time written back-dated (the demo story, a fixture) can stand earlier
// than an event the chain recorded before it. Both are said as such, never passed off as the
// recorded time: "happened 3 Nov 2026, 10:00, recorded 5 Nov 2026, 09:12".

// A stored time no calendar can show is still a time: the page says it cannot show it
// (formatZoned), rather than passing the recorded time off as the only one.
const instant = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
const changedTo = (data: Record<string, unknown>, key: string) => {
  const changes = data.changes;
  const change = changes && typeof changes === "object" ? (changes as Record<string, unknown>)[key] : undefined;
  return change && typeof change === "object" ? (change as { to?: unknown }).to : undefined;
};

/** When what the event records happened, where its data says so (null: when it was recorded). */
export function happenedAt(kind: string, data: Record<string, unknown>): number | null {
  switch (kind) {
    // A report happens when it is recorded (the setback's own times are on its page); a
    // communication, or a setback brought in by an import, says when it happened.
    case "communication.logged":
    case "setback.imported":
      return instant(data.occurredAt);
    case "remedy.added":
    case "follow_up.added":
    case "preventive_action.added":
      return instant(data.doneAt);
    case "remedy.updated":
    case "follow_up.updated":
    case "preventive_action.updated":
      return instant(changedTo(data, "doneAt"));
    default:
      return null;
  }
}

/** Two instants a person reads as the same minute. */
const sameMinute = (a: number, b: number) => Math.floor(a / 60_000) === Math.floor(b / 60_000);

export type EventWhen =
  | { kind: "recorded"; recorded: number }
  | { kind: "happened"; happened: number; recorded: number }
  /** The event's time is earlier than one recorded before it: it was written back-dated, and was recorded after `after`. */
  | { kind: "back-dated"; happened: number; after: number };

export interface TimedEvent {
  id: number;
  at: number;
  kind: string;
  data: Record<string, unknown>;
}

/**
 * The times of a page of events (any order), given the time of the event just before each in
 * the chain (`previous`, by event id). An event recorded after another cannot have been
 * recorded before it: the latest earlier time among those the page knows bounds its own.
 */
export function eventWhens(rows: readonly TimedEvent[], previous: ReadonlyMap<number, number>): Map<number, EventWhen> {
  const out = new Map<number, EventWhen>();
  let latest = -Infinity;
  for (const row of [...rows].sort((a, b) => a.id - b.id)) {
    latest = Math.max(latest, previous.get(row.id - 1) ?? -Infinity);
    const happened = happenedAt(row.kind, row.data);
    if (latest > row.at && !sameMinute(latest, row.at)) out.set(row.id, { kind: "back-dated", happened: happened ?? row.at, after: latest });
    else if (happened !== null && !sameMinute(happened, row.at)) out.set(row.id, { kind: "happened", happened, recorded: row.at });
    else out.set(row.id, { kind: "recorded", recorded: row.at });
    latest = Math.max(latest, row.at);
  }
  return out;
}
