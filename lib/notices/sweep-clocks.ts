// The sweep's clock part: every setback whose warning or breach came since the last sweep is told
// to whom the rule says (lib/notices/clock-alerts.ts): a warning to the owner (to the managers when
// nobody owns it), a breach to the owner and every manager (an escalation).
import type { Conn } from "../../db/client";
import { clockCandidates, type ClockCandidate } from "../../db/queries/clock-candidates";
import { activeManagers, activeUsers, type Recipient } from "../../db/writes/notices";
import { clockMail, clockSubject } from "../mail/templates/clock";
import type { MailLinks } from "../mail/templates/layout";
import { formatReference } from "../setbacks/reference";
import { clockSeverity, labelOf, type SeverityValue } from "../setbacks/vocabulary";
import { clockAlerts, type ClockAlert } from "./clock-alerts";
import { notify } from "./notify";

export interface SweepContext {
  now: number;
  /** Where the last sweep looked up to. */
  since: number;
  links: MailLinks;
  timeZone: string;
  mailOn: boolean;
}

export const clockNoticeKey = (setbackId: number, a: ClockAlert) => `clock:${a.clock}:${a.level}:${setbackId}:${a.deadline}`;

function addressees(alert: ClockAlert, owner: Recipient | undefined, managers: Recipient[]): { recipient: Recipient; as: "owner" | "manager" | "unowned" }[] {
  if (!owner) return managers.map((m) => ({ recipient: m, as: "unowned" as const }));
  const own = [{ recipient: owner, as: "owner" as const }];
  return alert.level === "breach" ? [...own, ...managers.filter((m) => m.id !== owner.id).map((m) => ({ recipient: m, as: "manager" as const }))] : own;
}

/** Notices written by this sweep's clocks. */
export function sweepClocks(tx: Conn, ctx: SweepContext): number {
  const candidates = clockCandidates(tx, ctx.now, ctx.since);
  if (candidates.length === 0) return 0;
  const managers = activeManagers(tx);
  const owners = new Map(activeUsers(tx, [...new Set(candidates.map((c) => c.ownerId).filter((id): id is number => id !== null))]).map((u) => [u.id, u]));
  let written = 0;
  for (const c of candidates) written += sweepOne(tx, c, owners.get(c.ownerId ?? -1), managers, ctx);
  return written;
}

function sweepOne(tx: Conn, c: ClockCandidate, owner: Recipient | undefined, managers: Recipient[], ctx: SweepContext): number {
  const target = { severity: clockSeverity(c.severity as SeverityValue), notifyHours: c.notifyHours, remedyHours: c.remedyHours, followUpHours: c.followUpHours };
  const setback = { reference: formatReference(c.number), title: c.title, clientName: c.clientName, severity: labelOf(c.severity).toLowerCase() };
  let written = 0;
  for (const alert of clockAlerts(c, target, ctx.now)) {
    const to = addressees(alert, owner, managers).map(({ recipient, as }) => ({
      recipient,
      title: clockSubject({ alert, setback, now: ctx.now }),
      mail: clockMail(ctx.links, { alert, setback, recipient, as, now: ctx.now, timeZone: ctx.timeZone }),
    }));
    written += notify(tx, { key: clockNoticeKey(c.id, alert), kind: `clock.${alert.level}`, href: `/setbacks/${setback.reference}#clocks`, setbackId: c.id }, to, ctx.now, ctx.mailOn);
  }
  return written;
}
