"use server";
import { runFormAction } from "@/app/_server/form-action";
import { formAction } from "@/app/_server/server-action";
import { saveRetrospectiveNotes } from "@/lib/commands/retrospectives";

export const saveNotesAction = formAction((formData) =>
  runFormAction(saveRetrospectiveNotes, formData, { revalidate: ["/retrospectives"], reloadOnConflict: true, message: "Notes saved." }),
);
