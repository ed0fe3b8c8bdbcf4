"use server";
import { runFormAction } from "@/app/_server/form-action";
import type { FormState } from "@/app/_components/form-state";
import { saveRetrospectiveNotes } from "@/lib/commands/retrospectives";

export async function saveNotesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(saveRetrospectiveNotes, formData, { revalidate: ["/retrospectives"], reloadOnConflict: true, message: "Notes saved." });
}
