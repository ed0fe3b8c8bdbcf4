// When the chain gets a signed checkpoint: on its first event, at least every CHECKPOINT_EVERY
// events, on the first write of each day in the organisation's time zone, and on the first write
// after the key changed. Pure, so the writer and the scale seed follow one rule.
import { toLocalDate } from "../time/zoned";

export const CHECKPOINT_EVERY = 1000;

export interface LastCheckpoint {
  eventId: number;
  signedAt: number;
  keyId: string;
}

function dayOf(at: number, timeZone: string): string {
  // The scale seed asks this for a million events: UTC needs no Intl.
  if (timeZone === "UTC") return String(Math.floor(at / 86_400_000));
  try {
    return toLocalDate(at, timeZone);
  } catch {
    return new Date(at).toISOString().slice(0, 10);
  }
}

/** Whether the event `eventId`, appended at `now` under key `keyId`, is also a checkpoint. */
export function checkpointDue(last: LastCheckpoint | null | undefined, eventId: number, now: number, keyId: string, timeZone: string): boolean {
  if (!last) return true;
  if (eventId - last.eventId >= CHECKPOINT_EVERY) return true;
  if (last.keyId !== keyId) return true;
  return dayOf(now, timeZone) !== dayOf(last.signedAt, timeZone);
}
