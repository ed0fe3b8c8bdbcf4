// The words of a clock's warning and breach (lib/notices/clock-alerts.ts): the mail, and its
// subject as the in-app notice's title.
import type { ClockAlert } from "../../notices/clock-alerts";
import type { ClockKind } from "../../setbacks/clocks";
import { formatDuration, formatZoned } from "../../time/zoned";
import type { MailContent } from "../message";
import { teamMail, type MailLinks } from "./layout";

export interface ClockMailInput {
  alert: ClockAlert;
  setback: { reference: string; title: string; clientName: string; severity: string };
  recipient: { name: string };
  /** owner: they own it; manager: escalated to them; unowned: a manager told because nobody owns it. */
  as: "owner" | "manager" | "unowned";
  now: number;
  timeZone: string;
}

const TARGET: Record<ClockKind, (client: string) => string> = {
  notify: (client) => `tell ${client}`,
  remedy: (client) => (client === "the client" ? "remedy it" : `remedy it for ${client}`),
  follow_up: (client) => `follow up with ${client}`,
};

const FROM: Record<ClockKind, string> = { notify: "discovery", remedy: "discovery", follow_up: "the remedy" };

export function clockSubject(input: Pick<ClockMailInput, "alert" | "setback" | "now">): string {
  const { alert, setback, now } = input;
  const what = TARGET[alert.clock](setback.clientName);
  return alert.level === "warning"
    ? `${formatDuration(alert.deadline - now)} left to ${what} (${setback.reference})`
    : `Breached: ${setback.reference}, the time to ${what} ran out`;
}

export function clockMail(links: MailLinks, input: ClockMailInput): MailContent {
  const { alert, setback, as, now, timeZone } = input;
  const what = TARGET[alert.clock]("the client");
  const target = `${formatDuration(alert.deadline - alert.startedAt)} from ${FROM[alert.clock]}`;
  const paragraphs = [
    `${setback.reference} "${setback.title}" (${setback.severity}) for ${setback.clientName}: the target to ${what} is ${target}, by ${formatZoned(alert.deadline, timeZone)}.`,
    alert.level === "warning" ? `${formatDuration(alert.deadline - now)} left.` : `It ran out ${formatDuration(now - alert.deadline)} ago.`,
  ];
  if (as === "manager") paragraphs.push("Breaches are escalated to every manager.");
  if (as === "unowned") paragraphs.push(`Nobody owns ${setback.reference} yet: give it an owner.`);
  const reason = {
    owner: `You own ${setback.reference}.`,
    manager: "You are a manager; escalations cannot be turned off.",
    unowned: `You are a manager and ${setback.reference} has no owner.`,
  }[as];
  return teamMail(links, {
    subject: clockSubject(input),
    greeting: `Hello ${input.recipient.name},`,
    paragraphs,
    action: { label: `Open ${setback.reference}`, path: `/setbacks/${setback.reference}#clocks` },
    reason,
  });
}
