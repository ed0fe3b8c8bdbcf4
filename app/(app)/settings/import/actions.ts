"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/app/_server/server-action";
import { currentActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { executeCommand } from "@/lib/commands/command";
import { importSetbacks, type ImportReport } from "@/lib/commands/import";
import { importTooLarge } from "@/lib/import/limits";
import { SESSION_ENDED_NOTICE } from "@/lib/auth/session-ended";

export interface ImportState {
  report?: ImportReport;
  formError?: string;
}

/** Checks the uploaded file, and imports it when asked and clean. */
export const importAction = formAction(async (formData): Promise<ImportState> => {
  const actor = await currentActor();
  if (!actor) return { formError: SESSION_ENDED_NOTICE };
  const file = formData.get("file");
  // The page says so before sending; a file sent anyway is refused here, unread.
  const tooLarge = file instanceof File ? importTooLarge(file.size) : null;
  if (tooLarge) return { formError: tooLarge };
  const csv = file instanceof File && file.size > 0 ? await file.text() : "";
  const result = await executeCommand(getDb(), importSetbacks, actor, { csv, dryRun: formData.get("intent") !== "import" });
  if (!result.ok) return { formError: result.fieldErrors.csv?.join(" ") ?? result.formError };
  if (result.value.imported) revalidatePath("/", "layout");
  return { report: result.value };
});
