"use server";
// The setback page's record actions: each is the shared form helper around one command, one line each.
import type { z } from "zod";
import { runFormAction } from "@/app/_server/form-action";
import { formAction } from "@/app/_server/server-action";
import type { Command } from "@/lib/commands/command";
import { logCommunication } from "@/lib/commands/communications";
import { approveCompensation, decideNoCompensation, issueCompensation, proposeCompensation, rejectCompensation } from "@/lib/commands/compensations";
import { completeFollowUp, scheduleFollowUp } from "@/lib/commands/follow-ups";
import { addPreventiveAction, completePreventiveAction, recordEffectiveness, saveLesson } from "@/lib/commands/lessons";
import { moveSetback } from "@/lib/commands/lifecycle";
import { triageSetback } from "@/lib/commands/triage";
import { addRemedyTask, cancelRemedyTask, completeRemedyTask } from "@/lib/commands/remedies";
import { describeDecision } from "@/lib/setbacks/compensation-threshold";
import { labelOf } from "@/lib/setbacks/vocabulary";

const PAGES = ["/setbacks", "/clients"];

/**
 * Every action here is the same shape: the shared form helper around one command (which reads
 * the session, checks the role, parses with the command's zod schema and writes in one
 * transaction), then the setback and client pages revalidated and the message shown. A
 * conflict can reload the form with the record as it now is (see runFormAction).
 */
function recordAction<S extends z.ZodType, T>(cmd: Command<S, T>, message: string | ((value: T) => string), reloadOnConflict = false) {
  return formAction((fd) => runFormAction(cmd, fd, { revalidate: PAGES, message, reloadOnConflict }));
}

export const moveAction = recordAction(moveSetback, (r) => `Moved to ${labelOf(r.to)}.`);
export const triageAction = recordAction(triageSetback, (r) => `${r.reference} triaged.`, true);
export const logCommunicationAction = recordAction(logCommunication, "Communication logged.");
export const addRemedyTaskAction = recordAction(addRemedyTask, "Task added.");
export const completeRemedyTaskAction = recordAction(completeRemedyTask, "Task done.");
export const cancelRemedyTaskAction = recordAction(cancelRemedyTask, "Task cancelled.");
export const proposeCompensationAction = recordAction(proposeCompensation, describeDecision);
export const approveCompensationAction = recordAction(approveCompensation, "Approved.");
export const rejectCompensationAction = recordAction(rejectCompensation, "Rejected.");
export const issueCompensationAction = recordAction(issueCompensation, "Issued.");
export const noCompensationAction = recordAction(decideNoCompensation, "Decision recorded.");
export const scheduleFollowUpAction = recordAction(scheduleFollowUp, "Follow-up scheduled.");
export const completeFollowUpAction = recordAction(completeFollowUp, "Follow-up recorded.");
export const saveLessonAction = recordAction(saveLesson, (r) => (r.changed ? "Lesson saved." : "Nothing changed."), true);
export const addPreventiveActionAction = recordAction(addPreventiveAction, "Preventive action added.");
export const completePreventiveActionAction = recordAction(completePreventiveAction, "Marked done.");
export const recordEffectivenessAction = recordAction(recordEffectiveness, "Check recorded.");
