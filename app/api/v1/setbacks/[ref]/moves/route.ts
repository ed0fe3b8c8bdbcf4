import { fieldErrorsOf } from "@/lib/commands/command";
import { moveSetback } from "@/lib/commands/lifecycle";
import { moveBody } from "@/lib/api/schemas";
import { api, json, problem, runCommand } from "../../../_lib/handler";
import { setbackByRef } from "../../../_lib/setback-by-ref";

/** A refused move answers 409 with the guard's reason, exactly as the page shows it. */
export const POST = api(async ({ actor, params, body }) => {
  const detail = await setbackByRef(params.ref);
  if (!detail) return problem(404, `No setback ${params.ref}.`);
  const parsed = moveBody.safeParse(body);
  if (!parsed.success) return problem(400, "Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const input = { setbackId: detail.setback.id, to: parsed.data.to, reason: parsed.data.reason ?? "", closeAsMinor: parsed.data.closeAsMinor ?? false };
  return runCommand(moveSetback, actor, input, (v) => json(v));
});
