// Which draft the communications panel offers, from the records: a call script first for a high
// or critical setback, the written notification otherwise, and once a call is logged the
// written confirmation of it ("Confirm in writing", ?draft=written).
import { callsFirst, draftCallScript } from "@/lib/setbacks/call-script";
import { draftFirstNotification, draftWrittenConfirmation, type Draft, type DraftInput } from "@/lib/setbacks/composer";
import { clockSeverity, PERSONAL_CHANNELS } from "@/lib/setbacks/vocabulary";
import type { PanelContext } from "./page-context";

export type DraftMode = "first" | "written";

export function draftModeOf(param: string | undefined): DraftMode | null {
  return param === "1" ? "first" : param === "written" ? "written" : null;
}

type Communication = PanelContext["records"]["communications"][number];

const live = (c: Communication) => c.direction === "outbound" && !c.correctedById;

/** The call to confirm in writing: the latest outbound call not yet followed by a written message. */
export function callToConfirm(ctx: PanelContext): Communication | null {
  const outbound = ctx.records.communications.filter(live);
  const last = outbound.at(-1);
  return last && PERSONAL_CHANNELS.includes(last.channel) && callsFirst(ctx.setback.severity) ? last : null;
}

function draftInput(ctx: PanelContext): DraftInput {
  const { setback, records } = ctx;
  const compensation = records.compensations.filter((c) => c.status === "proposed" || c.status === "approved" || c.status === "issued").at(-1);
  const promised = records.communications.filter((c) => live(c) && c.promiseDueAt && c.promiseDueAt > ctx.now).map((c) => c.promiseDueAt!);
  return {
    clientName: ctx.clientName,
    contactName: records.contacts[0]?.name,
    clientDetails: records.contacts.flatMap((c) => [c.email, c.phone]).filter(Boolean),
    senderName: ctx.actor.name,
    title: setback.title,
    description: setback.description,
    impact: setback.impact,
    fault: setback.fault,
    severity: clockSeverity(setback.severity),
    clientRequest: setback.clientRequest,
    remedies: records.remedyTasks.filter((t) => t.status !== "cancelled").map((t) => ({ description: t.description, dueAt: t.dueAt })),
    compensation: compensation ?? null,
    promisedUpdateAt: promised.length ? Math.min(...promised) : null,
    now: ctx.now,
    timeZone: ctx.timeZone,
  };
}

export function chooseDraft(ctx: PanelContext, mode: DraftMode | null): Draft | null {
  if (mode === "written") {
    const call = callToConfirm(ctx);
    return call ? draftWrittenConfirmation(draftInput(ctx), call) : null;
  }
  if (mode !== "first") return null;
  const input = draftInput(ctx);
  return callsFirst(ctx.setback.severity) ? draftCallScript(input) : draftFirstNotification(input);
}
