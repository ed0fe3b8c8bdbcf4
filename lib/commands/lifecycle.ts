import { appendEvent } from "../../db/audit";
import { loadLifecycleRecords } from "../../db/writes/lifecycle";
import { updateSetback } from "../../db/writes/setbacks";
import { can } from "../auth/roles";
import { planMove } from "../setbacks/lifecycle";
import { moveInput } from "../validation/records";
import { command, CommandError } from "./command";
import { requireSetback, setbackEvent } from "./load";

/** Every stage change: forward past its guard, back one stage, reopen, or close as minor. */
export const moveSetback = command({
  does: "move setbacks",
  permission: "move:setback:any",
  schema: moveInput,
  run(tx, input, actor) {
    const setback = requireSetback(tx, input.setbackId);
    const plan = planMove({
      setback,
      to: input.to,
      records: loadLifecycleRecords(tx, setback.id),
      reason: input.reason,
      mayCloseMinor: can(actor.role, "close-minor:setback:any"),
      closeAsMinor: input.closeAsMinor,
    });
    if (!plan.ok) throw CommandError.conflict(plan.reason);
    const now = Date.now();
    updateSetback(tx, setback.id, {
      stage: input.to,
      stageChangedAt: now,
      closedAsMinor: plan.kind === "close_minor",
      reopenCount: setback.reopenCount + (plan.kind === "reopen" ? 1 : 0),
      updatedAt: now,
    });
    const { setbackId, clientId, reference } = setbackEvent(setback);
    appendEvent(tx, {
      kind: "setback.moved",
      actorId: actor.id,
      setbackId,
      clientId,
      at: now,
      data: { reference, from: setback.stage, to: input.to, kind: plan.kind, reason: input.reason || null },
    });
    return { reference, from: setback.stage, to: input.to, kind: plan.kind };
  },
});
