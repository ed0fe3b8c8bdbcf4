// What a verification of the audit chain found, and how it is said: the same words on the
// command line (npm run audit:verify) and on the audit page.
import type { SignedHead } from "./signature";

export interface RecordCount {
  noun: string;
  /** Rows checked against the event that created them. */
  count: number;
  /** Rows of setbacks imported before imports logged an event per record: only their import is checked. */
  importedBefore: number;
}

export interface AuditOk {
  ok: true;
  count: number;
  headHash: string;
  /** The signed head; null for an empty chain. */
  head: SignedHead | null;
  checkpoints: {
    count: number;
    keyIds: string[];
    last: { eventId: number; at: number } | null;
    /** The operator's legacy first signature, when the chain was written before checkpoints. */
    legacy: { eventId: number; at: number } | null;
  };
  records: RecordCount[];
  /** Rows whose current state was replayed from their events: setbacks, compensations, users, settings. */
  replayed: RecordCount[];
  /** The anchor the chain was shown to hold, when one was given. */
  anchor: SignedHead | null;
}

export interface AuditBroken {
  ok: false;
  /** Events verified intact before the break. */
  count: number;
  /** The event where it breaks, when the break is at one. */
  brokenId: number | null;
  /** What is broken: "event 4", "the checkpoint at event 1000", "communication 12", "the head". */
  subject: string;
  reason: string;
  /** Set when the one problem is that nothing signs an otherwise intact chain (written before checkpoints). */
  unsigned?: true;
  /** Set when the chain itself verified and a record differs from its event. */
  record?: true;
}

export type AuditVerification = AuditOk | AuditBroken;

/** "2026-11-23 09:00 UTC": a signature's time, the same wherever it is read. */
export function utcMinute(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

/**
 * "ok: 482 events, 1 checkpoint signed by key 5c1e…, last checkpoint at event 1 on …, head
 * (event 482) signed on …; 40 communications, … match the events that created them", or
 * "broken: <what>: <why>".
 */
export function describeVerification(result: AuditVerification): string {
  if (!result.ok) {
    const intact = result.record ? `the chain of ${plural(result.count, "event")} is intact` : `${plural(result.count, "event")} before it intact`;
    return `broken: ${result.subject}: ${result.reason}${result.subject === "the anchor" ? "" : ` (${intact})`}`;
  }
  const { checkpoints, head } = result;
  if (!head || !checkpoints.last) return `ok: ${plural(result.count, "event")}`;
  const keys = checkpoints.keyIds;
  const parts = [
    `ok: ${plural(result.count, "event")}`,
    `${plural(checkpoints.count, "checkpoint")} signed by ${keys.length === 1 ? "key" : "keys"} ${keys.join(", ")}`,
    ...(checkpoints.legacy ? [`first signed at event ${checkpoints.legacy.eventId} on ${utcMinute(checkpoints.legacy.at)} (the events up to it were written before signed checkpoints)`] : []),
    `last checkpoint at event ${checkpoints.last.eventId} on ${utcMinute(checkpoints.last.at)}`,
    `head (event ${head.eventId}) signed on ${utcMinute(head.at)}`,
  ];
  if (result.anchor) parts.push(`holds the anchor of event ${result.anchor.eventId}`);
  let line = parts.join(", ");
  const checked = result.records.filter((r) => r.count > 0);
  const one = checked.length === 1 && checked[0].count === 1;
  if (checked.length) line += `; ${checked.map((r) => plural(r.count, r.noun)).join(", ")} ${one ? "matches the event that created it" : "match the events that created them"}`;
  const replayed = result.replayed.filter((r) => r.count > 0);
  if (replayed.length) {
    const names = replayed.map((r) => plural(r.count, r.noun));
    line += `; the current state of ${names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0]} matches their events`;
  }
  const legacy = result.records.reduce((n, r) => n + r.importedBefore, 0);
  if (legacy) line += `; ${plural(legacy, "record")} imported before each record had its own event: only their import is checked`;
  return line;
}

/**
 * The plain sentence an auditor reads first on the audit page, above describeVerification's
 * details: "The trail is intact: 448 events, signed up to event 448 on …", "The trail is broken
 * at event 345: …", "The trail is not signed yet: …".
 */
export function verificationHeadline(result: AuditVerification): string {
  if (result.ok) {
    if (!result.head) return "The trail is empty: nothing has been recorded yet.";
    const records = result.records.reduce((n, r) => n + r.count, 0);
    const checked = records ? `, and ${plural(records, "record")} ${records === 1 ? "matches the event" : "match the events"} that created them` : "";
    return `The trail is intact: ${plural(result.count, "event")}, signed up to event ${result.head.eventId} on ${utcMinute(result.head.at)}${checked}.`;
  }
  if (result.unsigned) return "The trail is not signed yet: its events cannot be shown to be the ones the application wrote. An operator signs it once after upgrading (npm run audit:anchor -- --sign-unsigned); if it was signed before, its signatures were removed.";
  const subject = result.subject === "the head" && result.brokenId !== null ? `the head (event ${result.brokenId})` : result.subject;
  return `The trail is broken${subject === "the chain" ? "" : ` at ${subject}`}: ${result.reason}.`;
}
