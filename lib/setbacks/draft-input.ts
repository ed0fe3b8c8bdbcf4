// What a draft to the client is made from, decided over the setback's own records: which
// compensation it names, which update was already promised, which call is still to be confirmed
// in writing. Pure, so the rules are unit-tested without a page (draft-input.test.ts); the
// setback page only passes its records in (communication-draft.ts).
import { callsFirst } from "./call-script";
import type { DraftInput } from "./draft-parts";
import { nextPromisedUpdate, type PromiseCommunication, type PromiseFollowUp } from "./promise";
import { clockSeverity, PERSONAL_CHANNELS, type Channel, type Fault, type SeverityValue } from "./vocabulary";

export interface DraftCommunication extends PromiseCommunication {
  channel: Channel;
  correctedById: number | null;
  summary: string;
  body: string;
  promise: string;
}

export interface DraftSetback {
  reference: string;
  title: string;
  clientTitle: string | null;
  description: string;
  impact: string;
  fault: Fault;
  /** "unassessed" until a client's report is triaged: drafted as critical (decision 013). */
  severity: SeverityValue;
  clientRequest: string;
  /** Set when the client reported it themselves, through their link. */
  reportedViaLinkId: number | null;
}

export interface DraftRecords {
  communications: readonly DraftCommunication[];
  contacts: readonly { name: string; email: string | null; phone: string | null }[];
  remedyTasks: readonly { description: string; status: string; dueAt: number | null }[];
  compensations: readonly { status: string; kind: string; amountCents: number; currency: string; description: string | null }[];
  followUps: readonly PromiseFollowUp[];
}

/** Where a draft is made, and by whom. */
export interface DraftContext {
  clientName: string;
  senderName: string;
  now: number;
  timeZone: string;
}

const live = (c: DraftCommunication) => c.direction === "outbound" && !c.correctedById;

/** When the client will hear next, as already promised: the setback's standing promise while it lies ahead (lib/setbacks/promise.ts). */
export function promisedUpdateAt(records: Pick<DraftRecords, "communications" | "followUps">, now: number): number | null {
  return nextPromisedUpdate(records.communications, records.followUps, now);
}

/** The call to confirm in writing: for a high or critical setback, the latest live outbound message, when it was in person, by phone or video. */
export function callToConfirm<C extends DraftCommunication>(severity: SeverityValue, communications: readonly C[]): C | null {
  const last = communications.filter(live).at(-1);
  return last && PERSONAL_CHANNELS.includes(last.channel) && callsFirst(severity) ? last : null;
}

/** The compensation the draft names: the latest one proposed, approved or issued (a rejected one is not offered). */
export function offeredCompensation(compensations: DraftRecords["compensations"]): DraftRecords["compensations"][number] | null {
  return compensations.filter((c) => c.status === "proposed" || c.status === "approved" || c.status === "issued").at(-1) ?? null;
}

export function draftInputOf(setback: DraftSetback, records: DraftRecords, at: DraftContext): DraftInput {
  return {
    clientName: at.clientName,
    contactName: records.contacts[0]?.name,
    clientDetails: records.contacts.flatMap((c) => [c.email, c.phone]).filter((d): d is string => Boolean(d)),
    senderName: at.senderName,
    reference: setback.reference,
    title: setback.title,
    clientTitle: setback.clientTitle,
    reportedByClient: setback.reportedViaLinkId !== null,
    description: setback.description,
    impact: setback.impact,
    fault: setback.fault,
    severity: clockSeverity(setback.severity),
    clientRequest: setback.clientRequest,
    remedies: records.remedyTasks.filter((t) => t.status !== "cancelled").map((t) => ({ description: t.description, dueAt: t.dueAt })),
    compensation: offeredCompensation(records.compensations),
    promisedUpdateAt: promisedUpdateAt(records, at.now),
    now: at.now,
    timeZone: at.timeZone,
  };
}
