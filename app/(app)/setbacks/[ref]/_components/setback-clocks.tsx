import { TARGET_NAMES, type TargetState } from "@/lib/setbacks/targets";
import { formatDateTime, formatDuration } from "@/lib/time/zoned";

function Detail({ t, timeZone }: { t: TargetState; timeZone: string }) {
  switch (t.state) {
    case "running":
      return (
        <>
          <span className={`font-semibold ${t.breached ? "text-red-800" : "text-slate-900"}`}>
            {t.breached ? `${formatDuration(t.remainingMs)} overdue` : `${formatDuration(t.remainingMs)} left`}
          </span>
          <span className="block text-xs text-slate-600">{t.breached ? "was due" : "due"} {formatDateTime(t.deadline, timeZone)}</span>
        </>
      );
    case "met":
      return (
        <>
          <span className={`font-semibold ${t.late ? "text-amber-800" : "text-emerald-800"}`}>{t.late ? `Done, ${formatDuration(t.metAt - t.deadline)} late` : "Done on time"}</span>
          <span className="block text-xs text-slate-600">{formatDateTime(t.metAt, timeZone)}</span>
        </>
      );
    case "waiting":
      return <span className="text-slate-600">Starts when the remedy is done</span>;
    case "stopped":
      return <span className="text-slate-600">Not met; the setback is closed</span>;
  }
}

/** Each service-level target of the setback: time left or overdue, and the deadline in the viewer's zone. */
export function SetbackClocks({ targets, timeZone }: { targets: TargetState[]; timeZone: string }) {
  return (
    <section aria-labelledby="clocks-heading" id="clocks">
      <h2 id="clocks-heading" className="sr-only">
        Targets
      </h2>
      <ul className="grid gap-2 sm:grid-cols-3">
        {targets.map((t) => (
          <li
            key={t.kind}
            aria-label={TARGET_NAMES[t.kind]}
            className={`rounded-md border px-3 py-2 text-sm ${t.state === "running" && t.breached ? "border-red-300 bg-red-50" : "border-slate-200 bg-slate-50"}`}
          >
            <span className="block text-xs font-medium uppercase tracking-wide text-slate-600">{TARGET_NAMES[t.kind]}</span>
            <Detail t={t} timeZone={timeZone} />
          </li>
        ))}
      </ul>
      <p className="mt-1 text-xs text-slate-500">Times in {timeZone}.</p>
    </section>
  );
}
