import { ActionButton } from "@/app/_components/action-button";
import { RecordForm } from "@/app/_components/record-form";
import { formatDateTime } from "@/lib/time/zoned";
import { addRemedyTaskAction, cancelRemedyTaskAction, completeRemedyTaskAction } from "../actions";
import type { PanelContext } from "./page-context";
import { Disclosure, Panel } from "./panel";

export function RemedyPanel({ setback, records, owners, timeZone, now, actor }: PanelContext) {
  const tasks = records.remedyTasks;
  const open = tasks.filter((t) => t.status === "open").length;
  return (
    <Panel id="remedy" title="Remedy" summary={tasks.length ? `${tasks.length - open} of ${tasks.length} finished` : "No tasks yet"}>
      {tasks.length ? (
        <ul className="divide-y divide-slate-100">
          {tasks.map((t) => {
            const overdue = t.status === "open" && t.dueAt !== null && t.dueAt < now;
            return (
              <li key={t.id} className="flex flex-wrap items-start justify-between gap-3 py-2">
                <div>
                  <p className={`font-medium ${t.status === "cancelled" ? "text-slate-500 line-through" : ""}`}>{t.description}</p>
                  <p className="text-xs text-slate-600">
                    {t.owner ?? "Unassigned"}
                    {t.dueAt ? ` · due ${formatDateTime(t.dueAt, timeZone)}` : ""}
                    {t.recordedAfterTheFact ? " · recorded after the fact" : ""}
                    {overdue ? <strong className="ml-2 text-red-700">Overdue</strong> : null}
                    {t.status === "done" && t.doneAt ? ` · done ${formatDateTime(t.doneAt, timeZone)}` : ""}
                    {t.status === "cancelled" ? ` · cancelled: ${t.cancelReason}` : ""}
                  </p>
                </div>
                {t.status === "open" && setback.stage !== "closed" ? (
                  <div className="flex flex-col items-end gap-2">
                    <ActionButton action={completeRemedyTaskAction} hidden={{ taskId: t.id }} label="Done" accessibleName={`Mark “${t.description}” done`} />
                    <Disclosure label="Cancel…">
                      <RecordForm action={cancelRemedyTaskAction} idPrefix={`cancel-${t.id}`} label={`Cancel “${t.description}”`} hidden={{ taskId: t.id }} submitLabel="Cancel task" variant="danger" fields={[{ kind: "text", name: "reason", label: "Reason", required: true, wide: true }]} />
                    </Disclosure>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">Plan what will put this right for the client, with owners and due dates.</p>
      )}
      {setback.stage !== "closed" ? (
        <Disclosure label="Add a remedy task">
          <RecordForm
            action={addRemedyTaskAction}
            idPrefix="task"
            label="Add a remedy task"
            hidden={{ setbackId: setback.id, timeZone }}
            submitLabel="Add task"
            fields={[
              { kind: "text", name: "description", label: "Task", required: true, wide: true },
              { kind: "select", name: "ownerId", label: "Owner", options: owners, placeholder: "Unassigned", defaultValue: String(setback.ownerId ?? actor.id ?? "") },
              { kind: "date", name: "dueAt", label: "Due date" },
              { kind: "checkbox", name: "recordedAfterTheFact", label: "Recorded after the fact", hint: "Planned earlier and written down now: the due date may have passed", wide: true },
            ]}
          />
        </Disclosure>
      ) : null}
    </Panel>
  );
}
