// Triage: a client's own report arrives with its fault not yet assessed and in "needs triage";
// a member sets severity, category, fault and owner in one step, one event (setback.triaged).
import { appendEvent } from "../../db/audit";
import { loadCategory, updateSetback } from "../../db/writes/setbacks";
import { diff } from "../audit/events";
import { needsTriage } from "../setbacks/lifecycle";
import { NEEDS_TRIAGE } from "../setbacks/vocabulary";
import { triageInput } from "../validation/triage";
import { command, CommandError } from "./command";
import { requireActiveOwner, requireSetback, setbackEvent } from "./load";
import { requireVersion } from "./versions";

export const triageSetback = command({
  does: "triage setbacks",
  permission: "update:setback:any",
  schema: triageInput,
  run(tx, { setbackId: id, version, ...fields }, actor) {
    const setback = requireSetback(tx, id);
    requireVersion("setback", setback.version, version);
    if (!needsTriage(setback)) throw CommandError.conflict(`${setback.reference} is triaged already; change its details with Edit details.`);
    if (fields.category === NEEDS_TRIAGE) throw CommandError.field("category", "Choose the category it belongs in, not Needs triage");
    const category = loadCategory(tx, fields.category);
    if (!category || !category.active) throw CommandError.field("category", "Choose a category from the list");
    requireActiveOwner(tx, fields.ownerId);
    const changes = diff(setback, fields);
    const now = Date.now();
    updateSetback(tx, setback.id, { ...fields, version: setback.version + 1, updatedAt: now });
    const { reference, ...target } = setbackEvent(setback);
    appendEvent(tx, { kind: "setback.triaged", actorId: actor.id, ...target, at: now, data: { reference, changes } });
    return { reference };
  },
});
