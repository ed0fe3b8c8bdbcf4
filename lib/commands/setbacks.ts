import { appendEvent } from "../../db/audit";
import type { Conn } from "../../db/client";
import { loadClient } from "../../db/writes/clients";
import { highestSetbackNumber, insertSetback, loadCategory, loadSetback, updateSetback } from "../../db/writes/setbacks";
import { loadUser } from "../../db/writes/users";
import { changedValues, diff } from "../audit/changes";
import { formatReference, nextNumber } from "../setbacks/reference";
import { UNASSESSED } from "../setbacks/vocabulary";
import { newSetbackInput, updateSetbackInput, type NewSetbackInput } from "../validation/setback";
import { command, CommandError } from "./command";
import { requireVersion } from "./versions";

const SETBACK_INSTANTS = ["occurredAt", "discoveredAt", "clientRequestAt"] as const;

/** Ids and keys from a form are checked against the rows they name before anything is written. */
function checkReferences(tx: Conn, input: Pick<NewSetbackInput, "clientId" | "category" | "ownerId">, current?: { category: string }) {
  if (!loadClient(tx, input.clientId)) throw CommandError.field("clientId", "That client does not exist");
  const category = loadCategory(tx, input.category);
  const keepsRetired = current?.category === input.category;
  if (!category || (!category.active && !keepsRetired)) throw CommandError.field("category", "Choose a category from the list");
  if (input.ownerId !== null) {
    const owner = loadUser(tx, input.ownerId);
    if (!owner || !owner.active) throw CommandError.field("ownerId", "Choose an active user as owner");
  }
}

export const reportSetback = command({
  does: "report setbacks",
  permission: "create:setback:any",
  schema: newSetbackInput,
  run(tx, input, actor) {
    checkReferences(tx, input);
    const now = Date.now();
    const number = nextNumber(highestSetbackNumber(tx));
    const id = insertSetback(tx, {
      ...input,
      number,
      stage: "discovered",
      stageChangedAt: now,
      reportedById: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    const reference = formatReference(number);
    appendEvent(tx, {
      kind: "setback.reported",
      actorId: actor.id,
      setbackId: id,
      clientId: input.clientId,
      data: { reference, ...input },
    });
    return { id, reference };
  },
});

export const editSetback = command({
  does: "edit setbacks",
  permission: "update:setback:any",
  schema: updateSetbackInput,
  run(tx, { setbackId, version, ...fields }, actor) {
    const setback = loadSetback(tx, setbackId);
    if (!setback) throw CommandError.notFound("That setback");
    requireVersion("setback", setback.version, version);
    checkReferences(tx, fields, setback);
    // "Not yet assessed" is where a client's report starts; once assessed, a fault is chosen.
    if (fields.fault === UNASSESSED && setback.fault !== UNASSESSED) throw CommandError.field("fault", "Choose whose fault it was");
    if (fields.severity === UNASSESSED && setback.severity !== UNASSESSED) throw CommandError.field("severity", "Choose a severity");
    const reference = formatReference(setback.number);
    // The form shows dates to the minute: the same minute keeps the stored instant.
    const changes = diff(setback, fields, { minuteInstants: SETBACK_INSTANTS });
    if (Object.keys(changes).length === 0) return { reference, changed: false };
    // Someone set when it happened: the report's "not known yet" ends (decision 013).
    const learnt = "occurredAt" in changes && !setback.occurredAtKnown;
    if (learnt) changes.occurredAtKnown = { from: false, to: true };
    updateSetback(tx, setbackId, { ...changedValues(fields, changes), ...(learnt ? { occurredAtKnown: true } : {}), version: setback.version + 1, updatedAt: Date.now() });
    appendEvent(tx, {
      kind: "setback.updated",
      actorId: actor.id,
      setbackId,
      clientId: fields.clientId,
      data: { reference, changes },
    });
    return { reference, changed: true };
  },
});
