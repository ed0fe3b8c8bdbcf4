"use server";
import { runFormAction } from "@/app/_server/form-action";
import { formAction } from "@/app/_server/server-action";
import { moveSetback } from "@/lib/commands/lifecycle";
import { labelOf } from "@/lib/setbacks/vocabulary";

/** A card's move: the same command, guards and refusals as on the setback's page. */
export const moveCardAction = formAction((formData) =>
  runFormAction(moveSetback, formData, { revalidate: ["/board", "/setbacks"], message: (r) => `${r.reference} moved to ${labelOf(r.to)}.` }),
);
