import { logCommunication } from "@/lib/commands/communications";
import { api, json, problem, runCommand } from "../../../_lib/handler";
import { setbackByRef, withSetback } from "../../../_lib/setback-by-ref";

export const POST = api(async ({ actor, params, body }) => {
  const detail = await setbackByRef(params.ref);
  if (!detail) return problem(404, `No setback ${params.ref}.`);
  return runCommand(logCommunication, actor, withSetback(body, detail.setback.id), (v) => json(v, 201));
});
