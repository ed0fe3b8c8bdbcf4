import { RecordForm } from "@/app/_components/record-form";
import { CHANNELS, labelOf } from "@/lib/setbacks/vocabulary";
import { formatDateTime, toLocalInputValue } from "@/lib/time/zoned";
import { completeFollowUpAction, scheduleFollowUpAction } from "../actions";
import type { PanelContext } from "./page-context";
import { Disclosure, Panel } from "./panel";

const SATISFACTION = [1, 2, 3, 4, 5].map((n) => ({ value: n, label: `${n} – ${["very unhappy", "unhappy", "neutral", "satisfied", "very satisfied"][n - 1]}` }));

export function FollowUpPanel({ setback, records, owners, timeZone, now, actor }: PanelContext) {
  const closed = setback.stage === "closed";
  return (
    <Panel id="follow-ups" title="Follow-ups" summary="Check the remedy worked and the client is satisfied.">
      {records.followUps.length === 0 ? <p className="text-sm text-slate-600">None yet; the first is proposed when the remedy is complete.</p> : null}
      <ul className="space-y-3">
        {records.followUps.map((f) => {
          const overdue = f.status === "planned" && f.dueAt < now;
          const when = formatDateTime(f.dueAt, timeZone);
          return (
            <li key={f.id} className="rounded-md border border-slate-200 p-3">
              <p className="font-medium">
                {f.status === "done" ? "Done" : f.status === "cancelled" ? "Cancelled" : "Planned"} · due {when}
                {overdue ? <strong className="ml-2 text-red-700">Overdue</strong> : null}
              </p>
              <p className="text-xs text-slate-600">
                {f.owner ?? "Unassigned"}
                {f.status === "done" && f.doneAt
                  ? ` · ${formatDateTime(f.doneAt, timeZone)} by ${f.channel ? labelOf(f.channel).toLowerCase() : "—"} · satisfaction ${f.satisfaction}/5 · ${f.retained ? "the client stays" : "the client is leaving"}`
                  : ""}
              </p>
              {f.notes ? <p className="mt-1 text-sm">{f.notes}</p> : null}
              {f.status === "planned" && !closed ? (
                <div className="mt-2">
                  <Disclosure label="Record this follow-up">
                    <RecordForm
                      action={completeFollowUpAction}
                      idPrefix={`follow-up-${f.id}`}
                      label={`Record the follow-up due ${when}`}
                      hidden={{ followUpId: f.id, timeZone }}
                      submitLabel="Record follow-up"
                      fields={[
                        { kind: "select", name: "channel", label: "Channel", required: true, options: CHANNELS.map((c) => ({ value: c, label: labelOf(c) })), defaultValue: "phone" },
                        { kind: "select", name: "satisfaction", label: "Satisfaction", required: true, options: SATISFACTION, placeholder: "Choose" },
                        { kind: "select", name: "retained", label: "Does the client stay?", required: true, options: [{ value: "yes", label: "Yes, they stay" }, { value: "no", label: "No, they are leaving" }], placeholder: "Choose" },
                        { kind: "date", name: "nextDueAt", label: "Schedule the next follow-up", hint: "Leave empty if none is needed" },
                        { kind: "textarea", name: "notes", label: "Notes" },
                      ]}
                    />
                  </Disclosure>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {!closed ? (
        <Disclosure label="Schedule a follow-up">
          <RecordForm
            action={scheduleFollowUpAction}
            idPrefix="schedule"
            label="Schedule a follow-up"
            hidden={{ setbackId: setback.id, timeZone }}
            submitLabel="Schedule"
            fields={[
              { kind: "datetime", name: "dueAt", label: "When", required: true, defaultValue: toLocalInputValue(now + 7 * 86_400_000, timeZone) },
              { kind: "select", name: "ownerId", label: "Owner", options: owners, placeholder: "Me", defaultValue: String(setback.ownerId ?? actor.id ?? "") },
            ]}
          />
        </Disclosure>
      ) : null}
    </Panel>
  );
}
