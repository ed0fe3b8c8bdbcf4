import { appendEvent } from "../../db/audit";
import { loadFollowUp } from "../../db/writes/lifecycle";
import { insertFollowUp, updateFollowUp } from "../../db/writes/records";
import { completeFollowUpInput, scheduleFollowUpInput } from "../validation/records";
import { command, CommandError } from "./command";
import { requireActiveOwner, requireOpenSetback, setbackEvent } from "./load";

export const scheduleFollowUp = command({
  does: "schedule follow-ups",
  permission: "create:follow-up:any",
  schema: scheduleFollowUpInput,
  run(tx, { setbackId, dueAt, ownerId }, actor) {
    const setback = requireOpenSetback(tx, setbackId);
    requireActiveOwner(tx, ownerId);
    const followUpId = insertFollowUp(tx, { setbackId, dueAt, ownerId: ownerId ?? actor.id, status: "planned", createdAt: Date.now() });
    const { reference, ...target } = setbackEvent(setback);
    appendEvent(tx, { kind: "follow_up.added", actorId: actor.id, ...target, data: { reference, followUpId, dueAt, ownerId: ownerId ?? actor.id } });
    return { followUpId };
  },
});

/** Done with how it went; it may schedule the next follow-up in the same step. */
export const completeFollowUp = command({
  does: "record follow-ups",
  permission: "update:follow-up:any",
  schema: completeFollowUpInput,
  run(tx, { followUpId, nextDueAt, ...outcome }, actor) {
    const followUp = loadFollowUp(tx, followUpId);
    if (!followUp) throw CommandError.notFound("That follow-up");
    const setback = requireOpenSetback(tx, followUp.setbackId);
    if (followUp.status !== "planned") throw CommandError.conflict(`That follow-up is ${followUp.status} already.`);
    const now = Date.now();
    updateFollowUp(tx, followUpId, { ...outcome, status: "done", doneAt: now });
    const { reference, ...target } = setbackEvent(setback);
    appendEvent(tx, { kind: "follow_up.updated", actorId: actor.id, ...target, at: now, data: { reference, followUpId, ...outcome, changes: { status: { from: "planned", to: "done" } } } });
    if (nextDueAt !== null) {
      const nextId = insertFollowUp(tx, { setbackId: setback.id, dueAt: nextDueAt, ownerId: followUp.ownerId ?? actor.id, status: "planned", createdAt: now });
      appendEvent(tx, { kind: "follow_up.added", actorId: actor.id, ...target, at: now, data: { reference, followUpId: nextId, dueAt: nextDueAt } });
    }
    return { followUpId };
  },
});
