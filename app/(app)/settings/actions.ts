"use server";
import { runFormAction } from "@/app/_server/form-action";
import type { FormState } from "@/app/_components/form-state";
import { updateOrgSettings, updateTargets } from "@/lib/commands/settings";

const PAGES = ["/settings", "/board", "/setbacks"];

export async function updateTargetsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(updateTargets, formData, { revalidate: PAGES, message: (r) => (r.changed ? "Targets saved; the board uses them now." : "Nothing changed.") });
}

export async function updateOrgSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(updateOrgSettings, formData, { revalidate: PAGES, message: (r) => (r.changed ? "Settings saved." : "Nothing changed.") });
}
