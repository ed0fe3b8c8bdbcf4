import { describeEvent, fieldName, type Changes } from "@/lib/audit/events";
import { formatDateTime } from "@/lib/time/zoned";

interface TimelineEvent {
  id: number;
  at: number;
  kind: string;
  actor: string | null;
  data: Record<string, unknown>;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value).length > 80 ? `${String(value).slice(0, 80)}…` : String(value);
}

/** What happened to the setback, oldest first: every event with who and when. */
export function Timeline({ events, timeZone }: { events: TimelineEvent[]; timeZone: string }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">Nothing recorded yet.</p>;
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5">
      {events.map((e) => {
        const changes = e.kind === "setback.updated" ? (e.data.changes as Changes | undefined) : undefined;
        return (
          <li key={e.id} className="relative">
            <span className="absolute -left-[26px] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-indigo-500" aria-hidden />
            <p className="text-sm font-medium text-slate-900">{describeEvent(e.kind, e.data)}</p>
            <p className="text-xs text-slate-500">
              <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(e.at, timeZone)}</time> · {e.actor ?? "System"}
            </p>
            {changes ? (
              <ul className="mt-1 text-xs text-slate-600">
                {Object.entries(changes).map(([field, c]) => (
                  <li key={field}>
                    {fieldName(field)}: {show(c.from)} → {show(c.to)}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
