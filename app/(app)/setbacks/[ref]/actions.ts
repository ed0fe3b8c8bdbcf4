"use server";
// The setback page's record actions: each is the shared form helper around one command.
import { runFormAction } from "@/app/_server/form-action";
import { formAction } from "@/app/_server/server-action";
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

export const moveAction = formAction((fd) =>
  runFormAction(moveSetback, fd, { revalidate: PAGES, message: (r) => `Moved to ${labelOf(r.to)}.` }),
);
export const triageAction = formAction((fd) =>
  runFormAction(triageSetback, fd, { revalidate: PAGES, reloadOnConflict: true, message: (r) => `${r.reference} triaged.` }),
);
export const logCommunicationAction = formAction((fd) =>
  runFormAction(logCommunication, fd, { revalidate: PAGES, message: "Communication logged." }),
);
export const addRemedyTaskAction = formAction((fd) =>
  runFormAction(addRemedyTask, fd, { revalidate: PAGES, message: "Task added." }),
);
export const completeRemedyTaskAction = formAction((fd) =>
  runFormAction(completeRemedyTask, fd, { revalidate: PAGES, message: "Task done." }),
);
export const cancelRemedyTaskAction = formAction((fd) =>
  runFormAction(cancelRemedyTask, fd, { revalidate: PAGES, message: "Task cancelled." }),
);
export const proposeCompensationAction = formAction((fd) =>
  runFormAction(proposeCompensation, fd, {
    revalidate: PAGES,
    message: describeDecision,
  }),
);
export const approveCompensationAction = formAction((fd) =>
  runFormAction(approveCompensation, fd, { revalidate: PAGES, message: "Approved." }),
);
export const rejectCompensationAction = formAction((fd) =>
  runFormAction(rejectCompensation, fd, { revalidate: PAGES, message: "Rejected." }),
);
export const issueCompensationAction = formAction((fd) =>
  runFormAction(issueCompensation, fd, { revalidate: PAGES, message: "Issued." }),
);
export const noCompensationAction = formAction((fd) =>
  runFormAction(decideNoCompensation, fd, { revalidate: PAGES, message: "Decision recorded." }),
);
export const scheduleFollowUpAction = formAction((fd) =>
  runFormAction(scheduleFollowUp, fd, { revalidate: PAGES, message: "Follow-up scheduled." }),
);
export const completeFollowUpAction = formAction((fd) =>
  runFormAction(completeFollowUp, fd, { revalidate: PAGES, message: "Follow-up recorded." }),
);
export const saveLessonAction = formAction((fd) =>
  runFormAction(saveLesson, fd, { revalidate: PAGES, reloadOnConflict: true, message: (r) => (r.changed ? "Lesson saved." : "Nothing changed.") }),
);
export const addPreventiveActionAction = formAction((fd) =>
  runFormAction(addPreventiveAction, fd, { revalidate: PAGES, message: "Preventive action added." }),
);
export const completePreventiveActionAction = formAction((fd) =>
  runFormAction(completePreventiveAction, fd, { revalidate: PAGES, message: "Marked done." }),
);
export const recordEffectivenessAction = formAction((fd) =>
  runFormAction(recordEffectiveness, fd, { revalidate: PAGES, message: "Check recorded." }),
);
