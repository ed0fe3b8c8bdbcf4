// Which draft the communications panel offers (lib/setbacks decides what goes in it): a call
// script first for a high or critical setback, the written notification otherwise, and once a
// call is logged the written confirmation of it ("Confirm in writing", ?draft=written).
import { callsFirst, draftCallScript } from "@/lib/setbacks/call-script";
import { draftFirstNotification, draftWrittenConfirmation, type Draft } from "@/lib/setbacks/composer";
import { callToConfirm as latestCallToConfirm, draftInputOf } from "@/lib/setbacks/draft-input";
import type { PanelContext } from "./page-context";

export type DraftMode = "first" | "written";

export function draftModeOf(param: string | undefined): DraftMode | null {
  return param === "1" ? "first" : param === "written" ? "written" : null;
}

export function callToConfirm(ctx: PanelContext) {
  return latestCallToConfirm(ctx.setback.severity, ctx.records.communications);
}

export function chooseDraft(ctx: PanelContext, mode: DraftMode | null): Draft | null {
  if (mode === null) return null;
  const input = draftInputOf(ctx.setback, ctx.records, { clientName: ctx.clientName, senderName: ctx.actor.name, now: ctx.now, timeZone: ctx.timeZone });
  if (mode === "written") {
    const call = callToConfirm(ctx);
    return call ? draftWrittenConfirmation(input, call) : null;
  }
  return callsFirst(ctx.setback.severity) ? draftCallScript(input) : draftFirstNotification(input);
}
