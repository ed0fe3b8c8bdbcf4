"use server";
import { runFormAction } from "@/app/_server/form-action";
import { formAction } from "@/app/_server/server-action";
import { editSetback, reportSetback } from "@/lib/commands/setbacks";

export const reportSetbackAction = formAction((formData) =>
  runFormAction(reportSetback, formData, { revalidate: ["/setbacks", "/clients"], redirectTo: (s) => `/setbacks/${s.reference}` }),
);

export const editSetbackAction = formAction((formData) =>
  runFormAction(editSetback, formData, {
    revalidate: ["/setbacks", "/clients"],
    reloadOnConflict: true,
    message: (r) => (r.changed ? "Setback saved; the change is in the timeline." : "Nothing changed."),
  }),
);
