"use server";
import { runFormAction } from "@/app/_server/form-action";
import type { FormState } from "@/app/_components/form-state";
import { moveSetback } from "@/lib/commands/lifecycle";
import { labelOf } from "@/lib/setbacks/vocabulary";

/** A card's move: the same command, guards and refusals as on the setback's page. */
export async function moveCardAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(moveSetback, formData, { revalidate: ["/board", "/setbacks"], message: (r) => `${r.reference} moved to ${labelOf(r.to)}.` });
}
