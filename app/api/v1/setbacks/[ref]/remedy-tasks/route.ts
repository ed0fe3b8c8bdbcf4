import { addRemedyTask } from "@/lib/commands/remedies";
import { api, json, problem, runCommand } from "../../../_lib/handler";
import { setbackByRef, withSetback } from "../../../_lib/setback-by-ref";

/** POST: plan a remedy task; a due date that has passed needs `recordedAfterTheFact: true`. */
export const POST = api(async ({ actor, params, body }) => {
  const detail = await setbackByRef(params.ref);
  if (!detail) return problem(404, `No setback ${params.ref}.`);
  return runCommand(addRemedyTask, actor, withSetback(body, detail.setback.id), (v) => json(v, 201));
});
