import { appendEvent } from "../../db/audit";
import { isCorrected, loadCommunication } from "../../db/writes/lifecycle";
import { insertCommunication } from "../../db/writes/records";
import { loadContact } from "../../db/writes/clients";
import { readOrgSettings } from "../../db/writes/settings";
import { endOfPromisedDay } from "../setbacks/promise-text";
import { communicationInput } from "../validation/records";
import { command, CommandError } from "./command";
import { requireSetback, setbackEvent } from "./load";

/**
 * Communications are append-only: a correction is a new communication that names the one it
 * corrects, which stays visible, marked corrected. Logging one moves no stage by itself.
 */
export const logCommunication = command({
  does: "log communications",
  permission: "create:communication:any",
  schema: communicationInput,
  run(tx, { setbackId: id, ...input }, actor) {
    const setback = requireSetback(tx, id);
    if (input.contactId !== null) {
      const contact = loadContact(tx, input.contactId);
      if (!contact || contact.clientId !== setback.clientId || contact.archivedAt) {
        throw CommandError.field("contactId", "Choose one of this client's contacts");
      }
    }
    if (input.correctsId !== null) {
      const original = loadCommunication(tx, input.correctsId);
      if (!original || original.setbackId !== setback.id) throw CommandError.field("correctsId", "Choose a communication of this setback");
      if (isCorrected(tx, original.id)) throw CommandError.field("correctsId", "That communication was corrected already; correct the latest version");
    }
    const now = Date.now();
    // A day promised is due at its end where the organisation counts its days, whoever typed it where.
    if (input.promiseDueDay) input.promiseDueAt = endOfPromisedDay(input.promiseDueDay, readOrgSettings(tx).timeZone) ?? input.promiseDueAt;
    const communicationId = insertCommunication(tx, { ...input, setbackId: setback.id, authorId: actor.id, createdAt: now });
    const { reference, ...target } = setbackEvent(setback);
    appendEvent(tx, {
      kind: "communication.logged",
      actorId: actor.id,
      ...target,
      at: now,
      data: { reference, communicationId, ...input },
    });
    return { communicationId };
  },
});
