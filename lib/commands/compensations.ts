import { appendEvent } from "../../db/audit";
import type { Conn } from "../../db/client";
import { compensationAmounts, loadCompensation, updateCompensation } from "../../db/writes/lifecycle";
import { insertCompensation } from "../../db/writes/records";
import { updateSetback } from "../../db/writes/setbacks";
import { readOrgSettings } from "../../db/writes/settings";
import { formatMoney } from "../money";
import { decideApproval, describeStanding } from "../setbacks/compensation-threshold";
import { compensationIdInput, compensationInput, noCompensationInput, rejectCompensationInput } from "../validation/records";
import { command, CommandError, type Actor } from "./command";
import { requireOpenSetback, setbackEvent } from "./load";

/**
 * While the setback's compensation total (issued, approved, waiting, and this one) stays within the
 * threshold a proposal stands approved; above it, a manager other than its author decides. The
 * total is read in this command's IMMEDIATE transaction, so two proposals at once cannot both
 * count on the same headroom.
 */
export const proposeCompensation = command({
  does: "propose compensation",
  permission: "propose:compensation:any",
  schema: compensationInput,
  run(tx, { setbackId, ...input }, actor) {
    const setback = requireOpenSetback(tx, setbackId);
    const { approvalThresholdCents, currency } = readOrgSettings(tx);
    const decision = decideApproval(compensationAmounts(tx, setbackId), input.amountCents, currency, approvalThresholdCents);
    const { needsApproval, totalCents } = decision;
    const now = Date.now();
    const compensationId = insertCompensation(tx, {
      ...input,
      setbackId,
      currency,
      status: needsApproval ? "proposed" : "approved",
      proposedById: actor.id,
      approvedAt: needsApproval ? null : now,
      createdAt: now,
    });
    const { reference, ...target } = setbackEvent(setback);
    appendEvent(tx, { kind: "compensation.recorded", actorId: actor.id, ...target, at: now, data: { reference, compensationId, ...input, currency, needsApproval, totalCents } });
    return { compensationId, ...decision };
  },
});

function change(tx: Conn, actor: Actor, compensationId: number, from: "proposed" | "approved", to: "approved" | "rejected" | "issued", patch: Parameters<typeof updateCompensation>[2], extra: Record<string, unknown> = {}) {
  const compensation = loadCompensation(tx, compensationId);
  if (!compensation) throw CommandError.notFound("That compensation");
  const setback = requireOpenSetback(tx, compensation.setbackId);
  if (compensation.status !== from) throw CommandError.conflict(`That compensation is ${compensation.status}, not ${from}.`);
  if (to !== "issued" && compensation.proposedById === actor.id) {
    throw new CommandError(403, "Nobody decides on their own proposal; ask another manager.");
  }
  updateCompensation(tx, compensation.id, patch);
  const { reference, ...target } = setbackEvent(setback);
  appendEvent(tx, {
    kind: "compensation.updated",
    actorId: actor.id,
    ...target,
    data: { reference, compensationId, amount: formatMoney(compensation.amountCents, compensation.currency), changes: { status: { from, to } }, ...extra },
  });
  return { compensationId };
}

export const approveCompensation = command({
  does: "approve compensation",
  permission: "approve:compensation:any",
  schema: compensationIdInput,
  run: (tx, { compensationId }, actor) =>
    change(tx, actor, compensationId, "proposed", "approved", { status: "approved", approvedById: actor.id, approvedAt: Date.now() }),
});

export const rejectCompensation = command({
  does: "reject compensation",
  permission: "approve:compensation:any",
  schema: rejectCompensationInput,
  run: (tx, { compensationId, reason }, actor) =>
    change(tx, actor, compensationId, "proposed", "rejected", { status: "rejected", approvedById: actor.id, decisionReason: reason }, { reason }),
});

export const issueCompensation = command({
  does: "issue compensation",
  permission: "propose:compensation:any",
  schema: compensationIdInput,
  run: (tx, { compensationId }, actor) => change(tx, actor, compensationId, "approved", "issued", { status: "issued", issuedAt: Date.now() }),
});

export const decideNoCompensation = command({
  does: "decide on compensation",
  permission: "propose:compensation:any",
  schema: noCompensationInput,
  run(tx, { setbackId, reason }, actor) {
    const setback = requireOpenSetback(tx, setbackId);
    // "None warranted" beside compensation that stands would be two decisions at once.
    const standing = describeStanding(compensationAmounts(tx, setbackId));
    if (standing) throw CommandError.conflict(`This setback already has compensation (${standing}), so "none warranted" cannot be recorded beside it; a manager can reject a proposal that should not stand.`);
    updateSetback(tx, setbackId, { noCompensationReason: reason, updatedAt: Date.now() });
    const { reference, ...target } = setbackEvent(setback);
    appendEvent(tx, { kind: "compensation.recorded", actorId: actor.id, ...target, data: { reference, noneWarranted: reason } });
    return { setbackId };
  },
});
