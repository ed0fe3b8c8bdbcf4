import { labelOf, type SeverityValue, type Stage } from "@/lib/setbacks/vocabulary";

const severityLook: Record<SeverityValue, string> = {
  // A client's report before triage: dashed, so it reads as "to be decided", not as a level.
  unassessed: "bg-white text-slate-700 ring-slate-400",
  low: "bg-slate-100 text-slate-700 ring-slate-300",
  medium: "bg-amber-50 text-amber-800 ring-amber-300",
  high: "bg-orange-100 text-orange-800 ring-orange-300",
  critical: "bg-red-100 text-red-800 ring-red-300",
};

/** Colour and text, so severity never rests on colour alone. */
export function SeverityBadge({ severity }: { severity: SeverityValue }) {
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${severityLook[severity] ?? severityLook.low}`}>
      {severity === "unassessed" ? "Severity: not yet assessed" : labelOf(severity)}
    </span>
  );
}

export function StageBadge({ stage }: { stage: Stage }) {
  const look = stage === "closed" ? "bg-emerald-50 text-emerald-800 ring-emerald-300" : "bg-indigo-50 text-indigo-800 ring-indigo-200";
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${look}`}>{labelOf(stage)}</span>;
}
