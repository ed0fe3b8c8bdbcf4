import { STAGES, labelOf, type Stage } from "@/lib/setbacks/vocabulary";

export function StageStepper({ stage, closedAsMinor }: { stage: Stage; closedAsMinor: boolean }) {
  const current = STAGES.indexOf(stage);
  return (
    <nav aria-label="Stages">
      <ol className="flex flex-wrap gap-1 text-xs sm:text-sm">
        {STAGES.map((s, i) => {
          const look = i < current ? "bg-indigo-100 text-indigo-800" : i === current ? "bg-indigo-600 text-white" : "bg-slate-100 text-slate-600";
          return (
            <li key={s} aria-current={i === current ? "step" : undefined} className={`rounded-full px-3 py-1 font-medium ${look}`}>
              <span className="sr-only">{i < current ? "Done: " : i === current ? "Current stage: " : "Later: "}</span>
              {labelOf(s)}
              {s === "closed" && i === current && closedAsMinor ? " (as minor)" : ""}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
