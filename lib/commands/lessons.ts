import { appendEvent } from "../../db/audit";
import type { Conn } from "../../db/client";
import { loadLesson, loadPreventiveAction, updateLesson, updatePreventiveAction } from "../../db/writes/lifecycle";
import { insertLesson, insertPreventiveAction } from "../../db/writes/records";
import { loadRootCause } from "../../db/writes/setbacks";
import { diff } from "../audit/events";
import { effectivenessInput, lessonInput, preventiveActionIdInput, preventiveActionInput } from "../validation/records";
import { command, CommandError } from "./command";
import { requireVersion } from "./versions";
import { requireActiveOwner, requireOpenSetback, requireSetback, setbackEvent } from "./load";
import { requireDueAfterOccurred } from "./task-due-date";

/** Writes the setback's one lesson, or edits it, recording what changed. */
export const saveLesson = command({
  does: "write lessons",
  permission: "create:lesson:any",
  schema: lessonInput,
  run(tx, { setbackId, version, ...fields }, actor) {
    const setback = requireOpenSetback(tx, setbackId);
    const cause = loadRootCause(tx, fields.rootCauseCategory);
    if (!cause || !cause.active) throw CommandError.field("rootCauseCategory", "Choose a root-cause category from the list");
    const values = { ...fields, noActionReason: fields.noActionReason || null };
    const { reference, ...target } = setbackEvent(setback);
    const existing = loadLesson(tx, setbackId);
    requireVersion("lesson", existing?.version ?? 0, version);
    const now = Date.now();
    if (!existing) {
      const lessonId = insertLesson(tx, { ...values, setbackId, authorId: actor.id, createdAt: now, updatedAt: now });
      appendEvent(tx, { kind: "lesson.recorded", actorId: actor.id, ...target, data: { reference, lessonId, ...values } });
      return { lessonId, changed: true };
    }
    const changes = diff(existing, values);
    if (Object.keys(changes).length === 0) return { lessonId: existing.id, changed: false };
    updateLesson(tx, existing.id, { ...values, version: existing.version + 1, updatedAt: now });
    appendEvent(tx, { kind: "lesson.updated", actorId: actor.id, ...target, data: { reference, lessonId: existing.id, changes } });
    return { lessonId: existing.id, changed: true };
  },
});

export const addPreventiveAction = command({
  does: "plan preventive actions",
  permission: "update:lesson:any",
  schema: preventiveActionInput,
  run(tx, { setbackId, ...input }, actor) {
    const setback = requireOpenSetback(tx, setbackId);
    const lesson = loadLesson(tx, setbackId);
    if (!lesson) throw CommandError.conflict("Write the lesson first; preventive actions belong to it.");
    requireDueAfterOccurred(tx, setback, input.dueAt);
    requireActiveOwner(tx, input.ownerId);
    const actionId = insertPreventiveAction(tx, { ...input, lessonId: lesson.id, createdAt: Date.now() });
    const { reference, ...target } = setbackEvent(setback);
    appendEvent(tx, { kind: "preventive_action.added", actorId: actor.id, ...target, data: { reference, actionId, ...input } });
    return { actionId };
  },
});

function requireAction(tx: Conn, actionId: number) {
  const found = loadPreventiveAction(tx, actionId);
  if (!found) throw CommandError.notFound("That preventive action");
  return { action: found.action, setback: requireSetback(tx, found.setbackId) };
}

/** Preventive actions outlive the setback: they are done, and checked, after it closes. */
export const completePreventiveAction = command({
  does: "work preventive actions",
  permission: "update:lesson:any",
  schema: preventiveActionIdInput,
  run(tx, { actionId }, actor) {
    const { action, setback } = requireAction(tx, actionId);
    if (action.doneAt !== null) throw CommandError.conflict("That preventive action is done already.");
    const now = Date.now();
    updatePreventiveAction(tx, actionId, { doneAt: now });
    const { reference, ...target } = setbackEvent(setback);
    appendEvent(tx, { kind: "preventive_action.updated", actorId: actor.id, ...target, at: now, data: { reference, actionId, description: action.description, changes: { doneAt: { from: null, to: now } } } });
    return { actionId };
  },
});

export const recordEffectiveness = command({
  does: "check preventive actions",
  permission: "update:lesson:any",
  schema: effectivenessInput,
  run(tx, { actionId, worked, notes }, actor) {
    const { action, setback } = requireAction(tx, actionId);
    if (action.doneAt === null) throw CommandError.conflict("Mark the preventive action done before checking whether it worked.");
    const now = Date.now();
    updatePreventiveAction(tx, actionId, { checkedAt: now, worked, checkNotes: notes });
    const { reference, ...target } = setbackEvent(setback);
    appendEvent(tx, { kind: "preventive_action.updated", actorId: actor.id, ...target, at: now, data: { reference, actionId, description: action.description, worked, notes } });
    return { actionId };
  },
});
