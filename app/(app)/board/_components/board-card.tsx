import Link from "next/link";
import { ActionButton } from "@/app/_components/action-button";
import { SeverityBadge } from "@/app/_components/badges";
import type { BoardCard as Card } from "@/db/queries/board";
import { describeClock, type RunningClock } from "@/lib/setbacks/clocks";
import { stepHref, type NextStep } from "@/lib/setbacks/next-step";
import { formatReference } from "@/lib/setbacks/reference";
import { labelOf } from "@/lib/setbacks/vocabulary";
import { formatDuration, formatGap } from "@/lib/time/zoned";
import { moveCardAction } from "../actions";

/** `step`: the card's next thing to do; a move its guard refuses is offered as the record that satisfies it. */
export function BoardCard({ card, now, step }: { card: Card & { clock: RunningClock | null }; now: number; step: NextStep | null }) {
  const ref = formatReference(card.number);
  const breached = card.clock?.breached;
  return (
    <article aria-label={`${ref} ${card.title}`} className={`rounded-lg border bg-white p-3 shadow-sm ${breached ? "border-red-400 ring-1 ring-red-300" : "border-slate-200"}`}>
      <div className="flex items-start justify-between gap-2">
        <Link href={`/setbacks/${ref}`} className="font-mono text-xs text-indigo-700 hover:underline">
          {ref}
        </Link>
        <SeverityBadge severity={card.severity} />
      </div>
      <h3 className="mt-1 text-sm font-medium leading-snug">
        <Link href={`/setbacks/${ref}`} className="hover:underline">
          {card.title}
        </Link>
      </h3>
      <p className="mt-1 text-xs text-slate-600">
        {card.clientName} · {card.owner ?? "Unassigned"}
        {formatGap(now, card.discoveredAt) === null ? null : ` · ${formatGap(now, card.discoveredAt)} old`}
      </p>
      {card.clock ? (
        <p className={`mt-2 rounded px-2 py-1 text-xs font-semibold ${breached ? "bg-red-100 text-red-800" : "bg-slate-100 text-slate-700"}`}>
          {breached ? "Breached · " : ""}
          {describeClock(card.clock, formatDuration)}
        </p>
      ) : card.stage === "closed" ? (
        <p className="mt-2 text-xs text-slate-500">{card.closedAsMinor ? "Closed as minor" : "Closed"}</p>
      ) : (
        <p className="mt-2 text-xs text-slate-500">Every target met</p>
      )}
      {step?.kind === "move" ? (
        <div className="mt-2">
          <ActionButton action={moveCardAction} hidden={{ setbackId: card.id, to: step.to }} label={step.label} accessibleName={`Move ${ref} to ${labelOf(step.to)}`} />
        </div>
      ) : step ? (
        <div className="mt-2">
          <Link href={stepHref(ref, step)} title={step.reason} className="inline-block rounded-md border border-indigo-300 bg-white px-3 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50">
            {step.label}
            <span className="sr-only"> for {ref}</span>
          </Link>
        </div>
      ) : null}
    </article>
  );
}
