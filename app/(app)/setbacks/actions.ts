"use server";
import { runFormAction } from "@/app/_server/form-action";
import type { FormState } from "@/app/_components/form-state";
import { editSetback, reportSetback } from "@/lib/commands/setbacks";

export async function reportSetbackAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(reportSetback, formData, { revalidate: ["/setbacks", "/clients"], redirectTo: (s) => `/setbacks/${s.reference}` });
}

export async function editSetbackAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(editSetback, formData, {
    revalidate: ["/setbacks", "/clients"],
    reloadOnConflict: true,
    message: (r) => (r.changed ? "Setback saved; the change is in the timeline." : "Nothing changed."),
  });
}
