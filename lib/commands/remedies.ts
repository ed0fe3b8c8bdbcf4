import { appendEvent } from "../../db/audit";
import type { Conn } from "../../db/client";
import { countFollowUps, loadRemedyTask, remedyTaskStatuses } from "../../db/writes/lifecycle";
import { insertFollowUp, insertRemedyTask, updateRemedyTask } from "../../db/writes/records";
import { readTarget } from "../../db/writes/settings";
import { clockSeverity } from "../setbacks/vocabulary";
import { cancelTaskInput, remedyTaskInput, taskInput } from "../validation/records";
import { command, CommandError, type Actor } from "./command";
import { requireActiveOwner, requireOpenSetback, setbackEvent } from "./load";
import { requireDueAfterOccurred } from "./task-due-date";

export const addRemedyTask = command({
  does: "plan remedies",
  permission: "create:remedy:any",
  schema: remedyTaskInput,
  run(tx, { setbackId, ...input }, actor) {
    const setback = requireOpenSetback(tx, setbackId);
    requireDueAfterOccurred(tx, setback, input.dueAt);
    requireActiveOwner(tx, input.ownerId);
    const taskId = insertRemedyTask(tx, { ...input, setbackId, status: "open", createdAt: Date.now() });
    const { reference, ...target } = setbackEvent(setback);
    appendEvent(tx, { kind: "remedy.added", actorId: actor.id, ...target, data: { reference, taskId, ...input } });
    return { taskId };
  },
});

function requireOpenTask(tx: Conn, taskId: number) {
  const task = loadRemedyTask(tx, taskId);
  if (!task) throw CommandError.notFound("That remedy task");
  const setback = requireOpenSetback(tx, task.setbackId);
  if (task.status !== "open") throw CommandError.conflict(`That task is ${task.status} already.`);
  return { task, setback };
}

/**
 * When the last open task is finished and something was done, the remedy is complete: the
 * first follow-up is proposed for the severity's follow-up target after it (7 days by default).
 */
function proposeFirstFollowUp(tx: Conn, setback: ReturnType<typeof requireOpenSetback>, actor: Actor, now: number) {
  const tasks = remedyTaskStatuses(tx, setback.id);
  const complete = tasks.every((t) => t.status !== "open") && tasks.some((t) => t.status === "done");
  if (!complete || countFollowUps(tx, setback.id) > 0) return;
  const dueAt = now + readTarget(tx, clockSeverity(setback.severity)).followUpHours * 3_600_000;
  const ownerId = setback.ownerId ?? actor.id;
  const followUpId = insertFollowUp(tx, { setbackId: setback.id, ownerId, dueAt, status: "planned", createdAt: now });
  const { reference, ...target } = setbackEvent(setback);
  appendEvent(tx, { kind: "follow_up.added", actorId: actor.id, ...target, at: now, data: { reference, followUpId, dueAt, ownerId, proposedAutomatically: true } });
}

export const completeRemedyTask = command({
  does: "work remedies",
  permission: "update:remedy:any",
  schema: taskInput,
  run(tx, { taskId }, actor) {
    const { task, setback } = requireOpenTask(tx, taskId);
    const now = Date.now();
    updateRemedyTask(tx, task.id, { status: "done", doneAt: now });
    const { reference, ...target } = setbackEvent(setback);
    appendEvent(tx, { kind: "remedy.updated", actorId: actor.id, ...target, at: now, data: { reference, taskId, description: task.description, changes: { status: { from: "open", to: "done" } } } });
    proposeFirstFollowUp(tx, setback, actor, now);
    return { taskId };
  },
});

export const cancelRemedyTask = command({
  does: "work remedies",
  permission: "update:remedy:any",
  schema: cancelTaskInput,
  run(tx, { taskId, reason }, actor) {
    const { task, setback } = requireOpenTask(tx, taskId);
    const now = Date.now();
    updateRemedyTask(tx, task.id, { status: "cancelled", cancelReason: reason });
    const { reference, ...target } = setbackEvent(setback);
    appendEvent(tx, { kind: "remedy.updated", actorId: actor.id, ...target, at: now, data: { reference, taskId, description: task.description, reason, changes: { status: { from: "open", to: "cancelled" } } } });
    proposeFirstFollowUp(tx, setback, actor, now);
    return { taskId };
  },
});
