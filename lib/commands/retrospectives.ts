import { z } from "zod";
import { appendEvent } from "../../db/audit";
import { optionalText, requiredText } from "../validation/fields";
import { command } from "./command";

const epoch = z.coerce.number().int().nonnegative();

export const retrospectiveNotesInput = z
  .object({ from: epoch, to: epoch, label: requiredText("Period", 100), notes: optionalText("Notes", 20_000) })
  .refine((v) => v.from < v.to, { path: ["to"], message: "The period ends before it starts" });

/** A retrospective's notes are an event: each save is kept, the newest is shown. */
export const saveRetrospectiveNotes = command({
  does: "run retrospectives",
  permission: "run:retrospective:any",
  schema: retrospectiveNotesInput,
  run(tx, input, actor) {
    appendEvent(tx, { kind: "retrospective.noted", actorId: actor.id, data: input });
    return { saved: true };
  },
});
