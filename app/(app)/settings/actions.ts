"use server";
import { runFormAction } from "@/app/_server/form-action";
import { formAction } from "@/app/_server/server-action";
import { updateOrgSettings, updateTargets } from "@/lib/commands/settings";

const PAGES = ["/settings", "/board", "/setbacks"];

export const updateTargetsAction = formAction((formData) =>
  runFormAction(updateTargets, formData, { revalidate: PAGES, message: (r) => (r.changed ? "Targets saved; the board uses them now." : "Nothing changed.") }),
);

export const updateOrgSettingsAction = formAction((formData) =>
  runFormAction(updateOrgSettings, formData, { revalidate: PAGES, message: (r) => (r.changed ? "Settings saved." : "Nothing changed.") }),
);
