// Stage timestamps, derived from the records and the move events; never typed in twice.

export interface MilestoneInput {
  communications: readonly { id: number; direction: string; occurredAt: number; correctsId: number | null }[];
  remedyTasks: readonly { status: string; doneAt: number | null }[];
  followUps: readonly { status: string; doneAt: number | null }[];
  /** setback.moved events: when, and to which stage. */
  moves: readonly { at: number; to: string }[];
  stage: string;
}

export interface Milestones {
  notifiedAt: number | null;
  remediedAt: number | null;
  followedUpAt: number | null;
  closedAt: number | null;
}

const min = (xs: number[]) => (xs.length ? Math.min(...xs) : null);

export function deriveMilestones(m: MilestoneInput): Milestones {
  // A corrected communication is replaced by its correction (which may fix the time).
  const corrected = new Set(m.communications.map((c) => c.correctsId).filter((id): id is number => id !== null));
  const notifiedAt = min(m.communications.filter((c) => c.direction === "outbound" && !corrected.has(c.id)).map((c) => c.occurredAt));
  const open = m.remedyTasks.some((t) => t.status === "open");
  const done = m.remedyTasks.filter((t) => t.status === "done" && t.doneAt !== null).map((t) => t.doneAt!);
  const remediedAt = !open && done.length ? Math.max(...done) : null;
  const followedUpAt = min(m.followUps.filter((f) => f.status === "done" && f.doneAt !== null).map((f) => f.doneAt!));
  const lastClose = m.moves.filter((e) => e.to === "closed").at(-1);
  return { notifiedAt, remediedAt, followedUpAt, closedAt: m.stage === "closed" && lastClose ? lastClose.at : null };
}
