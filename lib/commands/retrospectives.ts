import { z } from "zod";
import { appendEvent } from "../../db/audit";
import { latestNotes } from "../../db/queries/reports/retrospective";
import { editedVersion, optionalText, requiredText } from "../validation/fields";
import { command } from "./command";
import { requireVersion } from "./versions";

const epoch = z.coerce.number().int().nonnegative();

export const retrospectiveNotesInput = z
  .object({ from: epoch, to: epoch, label: requiredText("Period", 100), notes: optionalText("Notes", 20_000), version: editedVersion })
  .refine((v) => v.from < v.to, { path: ["to"], message: "The period ends before it starts" });

/**
 * A retrospective's notes are an event: each save is kept, the newest is shown. A save made
 * from older notes than the newest is refused, so one manager's notes never hide another's.
 */
export const saveRetrospectiveNotes = command({
  does: "run retrospectives",
  permission: "run:retrospective:any",
  schema: retrospectiveNotesInput,
  run(tx, { version, ...input }, actor) {
    requireVersion("retrospective", latestNotes(tx, input).savedAs, version);
    appendEvent(tx, { kind: "retrospective.noted", actorId: actor.id, data: input });
    return { saved: true };
  },
});
