// The client's own links: the team creates and revokes them; the client, with no account,
// reports a problem through one. A report becomes a `discovered` setback with source `client`.
import { appendEvent } from "../../db/audit";
import { inTransaction, type Db } from "../../db/client";
import { storageRefusal } from "../../db/storage-errors";
import { currentContacts, loadClient } from "../../db/writes/clients";
import { findActiveFeedbackLink, insertFeedbackLink, loadFeedbackLink, revokeFeedbackLink } from "../../db/writes/feedback";
import { insertCommunication } from "../../db/writes/records";
import { ensureTriageCategory, highestSetbackNumber, insertSetback } from "../../db/writes/setbacks";
import { readOrgSettings } from "../../db/writes/settings";
import { loadUser } from "../../db/writes/users";
import { hashToken, looksLikeToken, newToken } from "../auth/tokens";
import { contactInText } from "../clients/contact-in-text";
import type { RateLimiter } from "../rate-limit";
import { formatReference, nextNumber } from "../setbacks/reference";
import { NEEDS_TRIAGE, UNASSESSED } from "../setbacks/vocabulary";
import { feedbackInput, feedbackLinkIdInput, newFeedbackLinkInput } from "../validation/feedback";
import { command, CommandError, fieldErrorsOf, type FieldErrors } from "./command";

export const createFeedbackLink = command({
  does: "manage client links",
  permission: "manage:feedback-link:any",
  schema: newFeedbackLinkInput,
  run(tx, { clientId, label }, actor) {
    if (!loadClient(tx, clientId)) throw CommandError.field("clientId", "That client does not exist");
    const token = newToken();
    const linkId = insertFeedbackLink(tx, { clientId, label, tokenHash: hashToken(token), createdById: actor.id, createdAt: Date.now() });
    appendEvent(tx, { kind: "feedback_link.created", actorId: actor.id, clientId, data: { linkId, label } });
    // The token itself is returned once, to be shown once; only its hash is kept.
    return { linkId, token };
  },
});

export const revokeLink = command({
  does: "manage client links",
  permission: "manage:feedback-link:any",
  schema: feedbackLinkIdInput,
  run(tx, { linkId }, actor) {
    const link = loadFeedbackLink(tx, linkId);
    if (!link) throw CommandError.notFound("That link");
    if (link.revokedAt !== null) return { changed: false };
    revokeFeedbackLink(tx, linkId, Date.now());
    appendEvent(tx, { kind: "feedback_link.revoked", actorId: actor.id, clientId: link.clientId, data: { linkId, label: link.label } });
    return { changed: true };
  },
});

export type FeedbackResult =
  | { ok: true; reference: string | null }
  | { ok: false; status: 400 | 404 | 429 | 503; formError?: string; fieldErrors: FieldErrors };

/**
 * "Is anything not working for you?": the title is the first line of what happened, at most 120
 * characters counted as a person reads them (a cut never splits an emoji or an accent).
 */
export function titleOf(what: string): string {
  const first = what.trim().split(/\r\n|\r|\n|\u2028|\u2029/)[0].trim().replace(/\s+/g, " ");
  const chars = Array.from(first.normalize("NFC"));
  return chars.length > 120 ? `${chars.slice(0, 119).join("").trimEnd()}…` : chars.join("");
}

/** The whole message as the client wrote it, each answer under the question it answers. */
function messageBody(what: string, impact: string, reach: string): string {
  return [what, impact && `How it affects them: ${impact}`, reach && `How to reach them: ${reach}`].filter(Boolean).join("\n\n");
}

export function receiveFeedback(
  db: Db,
  request: { token: string; address: string; input: unknown; now: number; perLink: RateLimiter; perAddress: RateLimiter },
): FeedbackResult {
  const link = looksLikeToken(request.token) ? findActiveFeedbackLink(db, hashToken(request.token)) : null;
  if (!link) return { ok: false, status: 404, fieldErrors: {} };
  if (!request.perAddress.allow(request.address, request.now) || !request.perLink.allow(String(link.id), request.now)) {
    return { ok: false, status: 429, formError: "Thank you — we have had several messages in a short time. Please try again in an hour.", fieldErrors: {} };
  }
  // Their "When did it happen?" is read in the organisation's zone, the one their page names.
  const input = request.input && typeof request.input === "object" ? { ...request.input, timeZone: readOrgSettings(db).timeZone } : request.input;
  const parsed = feedbackInput.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, formError: "Please check the form.", fieldErrors: fieldErrorsOf(parsed.error) };
  const { what, impact, reach, website, when } = parsed.data;
  if (website) return { ok: true, reference: null }; // a bot: thank it, write nothing
  let reference: string;
  try {
    reference = inTransaction(db, (tx) => {
      const client = loadClient(tx, link.clientId)!;
      const owner = client.accountOwnerId ? loadUser(tx, client.accountOwnerId) : undefined;
      const number = nextNumber(highestSetbackNumber(tx));
      ensureTriageCategory(tx);
      // Nothing is invented (docs/decisions/013): severity and fault are not yet assessed and the
      // category needs triage until a member triages it (lib/commands/triage.ts); the clocks run
      // on the critical targets meanwhile. When it happened is what they said, or not known yet
      // (the sent time stands in, marked unknown); a time a clock's skew puts ahead is now.
      const fields = {
        clientId: client.id,
        title: titleOf(what),
        description: reach ? `${what}\n\nHow to reach them: ${reach}` : what,
        category: NEEDS_TRIAGE,
        severity: UNASSESSED,
        fault: UNASSESSED,
        source: "client" as const,
        occurredAt: when === null ? request.now : Math.min(when, request.now),
        occurredAtKnown: when !== null,
        discoveredAt: request.now,
        impact,
        ownerId: owner?.active ? owner.id : null,
      };
      const setbackId = insertSetback(tx, { ...fields, number, stage: "discovered", stageChangedAt: request.now, reportedViaLinkId: link.id, createdAt: request.now, updatedAt: request.now });
      const ref = formatReference(number);
      appendEvent(tx, { kind: "setback.reported", actorId: null, setbackId, clientId: client.id, at: request.now, data: { reference: ref, viaFeedbackLink: link.label, ...fields } });
      // Their message, in their words, is the first entry of the trail: received, not sent; from
      // the contact their "How can we reach you?" names, when it names exactly one.
      const contactId = contactInText(reach, currentContacts(tx, client.id))?.id ?? null;
      const message = { direction: "inbound" as const, channel: "web_form" as const, occurredAt: request.now, summary: fields.title, body: messageBody(what, impact, reach), contactId };
      const communicationId = insertCommunication(tx, { ...message, setbackId, authorId: null, createdAt: request.now });
      appendEvent(tx, { kind: "communication.logged", actorId: null, setbackId, clientId: client.id, at: request.now, data: { reference: ref, communicationId, ...message } });
      return ref;
    });
  } catch (error) {
    // The client's message stays on their form, and they are told it did not arrive.
    const refusal = storageRefusal(error);
    if (refusal) return { ok: false, status: 503, formError: refusal.message, fieldErrors: {} };
    throw error;
  }
  return { ok: true, reference };
}
