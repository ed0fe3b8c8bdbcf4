// "Needs me": the inbox's entries in words, each with the link to where it is resolved, most
// urgent first. Pure: the rows come from db/queries/inbox.ts, `now` from the page.
import { formatMoney } from "../money";
import { formatReference } from "./reference";
import { labelOf } from "./vocabulary";

export type InboxKind = "clock" | "promise" | "follow_up" | "remedy" | "preventive_action" | "approval" | "triage" | "unowned_breach";

/** What db/queries/inbox.ts returns (kept structural so lib/ does not import db/). */
export interface InboxSource {
  kind: InboxKind;
  id: number;
  setbackNumber: number;
  setbackTitle: string;
  clientName: string | null;
  dueAt: number | null;
  /** A promise made for a day (decision 012): shown as the day, not its last minute. */
  dueDay?: string | null;
  since: number;
  what: string | null;
  amountCents: number | null;
  currency: string | null;
  compensationKind: string | null;
  proposer: string | null;
}

export interface InboxEntry {
  key: string;
  kind: InboxKind;
  /** The entry's kind in words: "Notify the client", "Approve compensation". */
  label: string;
  /** What the record says. */
  what: string;
  reference: string;
  setbackTitle: string;
  clientName: string;
  dueAt: number | null;
  dueDay: string | null;
  since: number;
  overdue: boolean;
  href: string;
  /**
   * A planned follow-up on a setback whose follow-up target runs out too: the target's deadline,
   * shown on the follow-up (one entry for one piece of work, not two).
   */
  targetDueAt?: number;
}

export interface InboxGroups {
  overdue: InboxEntry[];
  /** Due later today, or an owned clock running out within the warning. */
  dueSoon: InboxEntry[];
  /** Waiting on a decision rather than a date: approvals. */
  decisions: InboxEntry[];
  total: number;
}

const CLOCK_WORK: Record<string, { label: string; anchor: string }> = {
  notify: { label: "Notify the client", anchor: "?draft=1#log-communication" },
  remedy: { label: "Finish the remedy", anchor: "#remedy" },
  follow_up: { label: "Follow up with the client", anchor: "#follow-ups" },
};

const TARGET_WORDS: Record<string, string> = { notify: "notify", remedy: "remedy", follow_up: "follow-up" };

function money(cents: number | null, currency: string | null): string {
  if (cents === null || !currency) return "";
  try {
    return formatMoney(cents, currency);
  } catch {
    // A currency code Intl does not know must not break the page.
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

function describe(r: InboxSource): { label: string; what: string; anchor: string } {
  switch (r.kind) {
    case "clock": {
      const work = CLOCK_WORK[r.what ?? ""] ?? CLOCK_WORK.notify;
      return { label: work.label, what: "Your setback's target", anchor: work.anchor };
    }
    case "promise":
      // ?log=1 opens the collapsed "Log a communication" form with the cursor in it.
      return { label: "Send the promised update", what: r.what?.trim() || "An update", anchor: "?log=1#log-communication" };
    case "follow_up":
      return { label: "Follow-up", what: "Follow up with the client", anchor: "#follow-ups" };
    case "remedy":
      return { label: "Remedy task", what: r.what ?? "", anchor: "#remedy" };
    case "preventive_action":
      return { label: "Preventive action", what: r.what ?? "", anchor: "#lesson" };
    case "approval": {
      const amount = money(r.amountCents, r.currency);
      const kind = labelOf(r.compensationKind ?? "compensation");
      return { label: "Approve compensation", what: `${kind}${amount ? ` of ${amount}` : ""}, proposed by ${r.proposer ?? "an import"}`, anchor: "#compensation" };
    }
    case "triage":
      return { label: "Triage the client's report", what: "Reported through the client link; not yet triaged", anchor: "#triage" };
    case "unowned_breach":
      return { label: "Breached, nobody owns it", what: `The ${TARGET_WORDS[r.what ?? ""] ?? "running"} target has passed; give it an owner`, anchor: "?edit=1#edit-details" };
  }
}

export function toEntry(r: InboxSource, now: number, targetDueAt?: number): InboxEntry {
  const reference = formatReference(r.setbackNumber);
  const d = describe(r);
  const passed = (at: number | null | undefined) => at != null && at < now;
  return {
    key: `${r.kind}-${r.id}`,
    kind: r.kind,
    label: d.label,
    what: d.what,
    reference,
    setbackTitle: r.setbackTitle,
    clientName: r.clientName ?? "",
    dueAt: r.dueAt,
    dueDay: r.dueDay ?? null,
    since: r.since,
    overdue: passed(r.dueAt) || passed(targetDueAt),
    href: `/setbacks/${reference}${d.anchor}`,
    ...(targetDueAt === undefined ? {} : { targetDueAt }),
  };
}

const isFollowUpClock = (r: InboxSource) => r.kind === "clock" && r.what === "follow_up";

/**
 * A setback's follow-up clock and the follow-up planned for it are one piece of work: the clock
 * entry goes, and its deadline rides on the planned follow-up. db/queries/inbox-total.ts counts
 * the same way, so the navigation's number matches the page.
 */
export function foldFollowUpClocks(rows: readonly InboxSource[], now: number): InboxEntry[] {
  const planned = new Set(rows.filter((r) => r.kind === "follow_up").map((r) => r.setbackNumber));
  const clocks = new Map(rows.filter(isFollowUpClock).map((r) => [r.setbackNumber, r.dueAt ?? undefined]));
  return rows
    .filter((r) => !(isFollowUpClock(r) && planned.has(r.setbackNumber)))
    .map((r) => toEntry(r, now, r.kind === "follow_up" ? clocks.get(r.setbackNumber) : undefined));
}

/** When an entry falls due for ranking: the earlier of its own date and its setback's target. */
const rankAt = (e: InboxEntry) => (e.targetDueAt !== undefined && e.dueAt !== null ? Math.min(e.dueAt, e.targetDueAt) : e.dueAt);

/**
 * How near the client a late entry is: a broken promise or a target the client feels (tell them,
 * put it right, follow up) before the team's own tasks, and those before preventive actions, which
 * protect later clients rather than this one.
 */
const TIER: Readonly<Record<InboxKind, number>> = {
  clock: 0, unowned_breach: 0, promise: 0, triage: 0, follow_up: 1, remedy: 1, preventive_action: 2, approval: 1,
};

/**
 * Overdue first — what the client feels first, then within that the longest overdue — then what
 * falls due soonest, then decisions, oldest first.
 */
export function rankInbox(rows: readonly InboxSource[], now: number): InboxGroups {
  const entries = foldFollowUpClocks(rows, now);
  const byDue = (a: InboxEntry, b: InboxEntry) => rankAt(a)! - rankAt(b)! || a.since - b.since || a.key.localeCompare(b.key);
  // A follow-up carrying its setback's target ranks as the target would.
  const tier = (e: InboxEntry) => (e.targetDueAt !== undefined ? TIER.clock : TIER[e.kind]);
  const byTierThenDue = (a: InboxEntry, b: InboxEntry) => tier(a) - tier(b) || byDue(a, b);
  return {
    overdue: entries.filter((e) => e.overdue).sort(byTierThenDue),
    dueSoon: entries.filter((e) => e.dueAt !== null && !e.overdue).sort(byDue),
    decisions: entries.filter((e) => e.dueAt === null).sort((a, b) => a.since - b.since || a.key.localeCompare(b.key)),
    total: entries.length,
  };
}
