// One client's communication trail, each promise judged: the auditor's export.
import { formatReference } from "../setbacks/reference";
import { toIsoInstant, UNSHOWN_DATE } from "../time/zoned";
import { promiseStatus, type PromiseStatus } from "./promises";

export interface TrailCommunication {
  id: number;
  setbackId: number;
  setbackNumber: number;
  setbackTitle: string;
  clientName: string;
  occurredAt: number;
  direction: string;
  channel: string;
  contact: string | null;
  author: string | null;
  summary: string;
  body: string;
  promise: string;
  promiseDueAt: number | null;
  reaction: string;
  correctsId: number | null;
}

export interface TrailEntry extends TrailCommunication {
  reference: string;
  promiseStatus: PromiseStatus | null;
  promiseKeptAt: number | null;
}

export function buildTrail(comms: readonly TrailCommunication[], activity: ReadonlyMap<number, readonly number[]>, now: number): TrailEntry[] {
  return comms.map((c) => {
    const judged = c.promiseDueAt !== null ? promiseStatus({ madeAt: c.occurredAt, dueAt: c.promiseDueAt }, activity.get(c.setbackId) ?? [], now) : null;
    return { ...c, reference: formatReference(c.setbackNumber), promiseStatus: judged?.status ?? null, promiseKeptAt: judged?.keptAt ?? null };
  });
}

export const TRAIL_COLUMNS = [
  "communication_id", "setback", "setback_title", "occurred_at", "direction", "channel", "contact", "author",
  "summary", "full_text", "promise", "promise_due_at", "promise_status", "promise_kept_at", "reaction", "corrects_id",
];

/** ISO 8601 in UTC; a stored instant no date can represent is said so, with the number kept for the auditor. */
const iso = (ms: number | null) => (ms === null ? "" : (toIsoInstant(ms) ?? `${UNSHOWN_DATE} (${ms})`));

export function trailRows(entries: readonly TrailEntry[]): string[][] {
  return entries.map((e) => [
    String(e.id), e.reference, e.setbackTitle, iso(e.occurredAt), e.direction, e.channel, e.contact ?? "", e.author ?? "",
    e.summary, e.body, e.promise, iso(e.promiseDueAt), e.promiseStatus ?? "", iso(e.promiseKeptAt), e.reaction, e.correctsId === null ? "" : String(e.correctsId),
  ]);
}
