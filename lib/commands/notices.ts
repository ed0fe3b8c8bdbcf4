// A person marks their notices read: one they opened, or all of them. Operational state of their
// own, not part of the audit trail (what they were told is; the notice itself stays).
import { z } from "zod";
import { markNoticesRead } from "../../db/writes/notices";
import { CommandError, command } from "./command";

export const markNoticesReadCommand = command({
  does: "mark their notices read",
  permission: "manage:notifications:own",
  schema: z.object({ id: z.coerce.number().int().positive().optional() }),
  run(tx, input, actor) {
    if (actor.id === null) throw new CommandError(400, "Only a person signed in has notices.");
    return { marked: markNoticesRead(tx, actor.id, input.id ?? null, Date.now()) };
  },
});
