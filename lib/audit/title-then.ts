// The title a setback had when an event was recorded. The audit trail names an event's setback
// by it, so an event from before a rename reads as it did then ("SB-0012 · Late van"), with
// today's title as a hint (`(now "Late delivery to Leeds")`), not as if the setback was always
// called what it is called now.

/** A recorded change of a setback's title: the event's id and the title it changed from. */
export interface TitleChange {
  eventId: number;
  from: unknown;
}

/**
 * The title as of event `eventId` (that event's own rename included): the title the first later
 * rename changed from, or the current title when none came later. `changes` in chain order.
 */
export function titleAt(eventId: number, changes: readonly TitleChange[], current: string | null): string | null {
  const later = changes.find((c) => c.eventId > eventId);
  if (!later) return current;
  return typeof later.from === "string" && later.from.trim() ? later.from.trim() : current;
}

/** "SB-0012 · Late van (now "Late delivery to Leeds")"; the hint only when the title changed since. */
export function setbackSubject(reference: string, then: string | null, current: string | null): string {
  const title = then ?? current;
  if (!title) return reference;
  const now = current && current.trim() !== title ? ` (now “${current.trim()}”)` : "";
  return `${reference} · ${title}${now}`;
}
