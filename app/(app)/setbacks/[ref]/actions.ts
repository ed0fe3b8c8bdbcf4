"use server";
// The setback page's record actions: each is the shared form helper around one command.
import { runFormAction } from "@/app/_server/form-action";
import type { FormState } from "@/app/_components/form-state";
import { logCommunication } from "@/lib/commands/communications";
import { approveCompensation, decideNoCompensation, issueCompensation, proposeCompensation, rejectCompensation } from "@/lib/commands/compensations";
import { completeFollowUp, scheduleFollowUp } from "@/lib/commands/follow-ups";
import { addPreventiveAction, completePreventiveAction, recordEffectiveness, saveLesson } from "@/lib/commands/lessons";
import { moveSetback } from "@/lib/commands/lifecycle";
import { addRemedyTask, cancelRemedyTask, completeRemedyTask } from "@/lib/commands/remedies";
import { describeDecision } from "@/lib/setbacks/compensation-threshold";
import { labelOf } from "@/lib/setbacks/vocabulary";

const PAGES = ["/setbacks", "/clients"];
type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export const moveAction: Action = async (_s, fd) =>
  runFormAction(moveSetback, fd, { revalidate: PAGES, message: (r) => `Moved to ${labelOf(r.to)}.` });
export const logCommunicationAction: Action = async (_s, fd) =>
  runFormAction(logCommunication, fd, { revalidate: PAGES, message: "Communication logged." });
export const addRemedyTaskAction: Action = async (_s, fd) => runFormAction(addRemedyTask, fd, { revalidate: PAGES, message: "Task added." });
export const completeRemedyTaskAction: Action = async (_s, fd) => runFormAction(completeRemedyTask, fd, { revalidate: PAGES, message: "Task done." });
export const cancelRemedyTaskAction: Action = async (_s, fd) => runFormAction(cancelRemedyTask, fd, { revalidate: PAGES, message: "Task cancelled." });
export const proposeCompensationAction: Action = async (_s, fd) =>
  runFormAction(proposeCompensation, fd, {
    revalidate: PAGES,
    message: describeDecision,
  });
export const approveCompensationAction: Action = async (_s, fd) => runFormAction(approveCompensation, fd, { revalidate: PAGES, message: "Approved." });
export const rejectCompensationAction: Action = async (_s, fd) => runFormAction(rejectCompensation, fd, { revalidate: PAGES, message: "Rejected." });
export const issueCompensationAction: Action = async (_s, fd) => runFormAction(issueCompensation, fd, { revalidate: PAGES, message: "Issued." });
export const noCompensationAction: Action = async (_s, fd) =>
  runFormAction(decideNoCompensation, fd, { revalidate: PAGES, message: "Decision recorded." });
export const scheduleFollowUpAction: Action = async (_s, fd) => runFormAction(scheduleFollowUp, fd, { revalidate: PAGES, message: "Follow-up scheduled." });
export const completeFollowUpAction: Action = async (_s, fd) => runFormAction(completeFollowUp, fd, { revalidate: PAGES, message: "Follow-up recorded." });
export const saveLessonAction: Action = async (_s, fd) =>
  runFormAction(saveLesson, fd, { revalidate: PAGES, reloadOnConflict: true, message: (r) => (r.changed ? "Lesson saved." : "Nothing changed.") });
export const addPreventiveActionAction: Action = async (_s, fd) =>
  runFormAction(addPreventiveAction, fd, { revalidate: PAGES, message: "Preventive action added." });
export const completePreventiveActionAction: Action = async (_s, fd) =>
  runFormAction(completePreventiveAction, fd, { revalidate: PAGES, message: "Marked done." });
export const recordEffectivenessAction: Action = async (_s, fd) =>
  runFormAction(recordEffectiveness, fd, { revalidate: PAGES, message: "Check recorded." });
