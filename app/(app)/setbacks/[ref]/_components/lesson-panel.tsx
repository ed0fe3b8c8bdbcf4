import { ActionButton } from "@/app/_components/action-button";
import { MarkdownProse } from "@/app/_components/markdown-prose";
import type { Option } from "@/app/_components/field";
import { RecordForm } from "@/app/_components/record-form";
import { formatDateTime } from "@/lib/time/zoned";
import { addPreventiveActionAction, completePreventiveActionAction, recordEffectivenessAction, saveLessonAction } from "../actions";
import type { PanelContext } from "./page-context";
import { Disclosure, Panel } from "./panel";

/** Root cause, what went well and wrong, the narrative, and the preventive actions that follow. */
export function LessonPanel({ setback, records, owners, timeZone, now, rootCauses }: PanelContext & { rootCauses: Option[] }) {
  const lesson = records.lesson;
  const closed = setback.stage === "closed";
  return (
    <Panel id="lesson" title="Lesson" summary={lesson ? `Root cause: ${lesson.rootCauseLabel ?? "—"}` : "Not written yet"}>
      {lesson ? (
        <div className="space-y-2 text-sm">
          <p><strong>Root cause:</strong> {lesson.rootCause}</p>
          {lesson.wentWell ? <p><strong>What went well:</strong> {lesson.wentWell}</p> : null}
          {lesson.wentWrong ? <p><strong>What went wrong:</strong> {lesson.wentWrong}</p> : null}
          {lesson.noActionReason ? <p><strong>No action, because:</strong> {lesson.noActionReason}</p> : null}
          {lesson.narrative ? <MarkdownProse>{lesson.narrative}</MarkdownProse> : null}
        </div>
      ) : null}
      {!closed ? (
        <Disclosure label={lesson ? "Edit the lesson" : "Write the lesson"}>
          <RecordForm
            action={saveLessonAction}
            idPrefix="lesson"
            label="Lesson"
            hidden={{ setbackId: setback.id, version: lesson?.version ?? 0 }}
            submitLabel="Save lesson"
            fields={[
              { kind: "select", name: "rootCauseCategory", label: "Root-cause category", required: true, options: rootCauses, placeholder: "Choose", defaultValue: lesson?.rootCauseCategory ?? "" },
              { kind: "text", name: "rootCause", label: "Root cause", required: true, defaultValue: lesson?.rootCause },
              { kind: "textarea", name: "wentWell", label: "What went well", defaultValue: lesson?.wentWell },
              { kind: "textarea", name: "wentWrong", label: "What went wrong", defaultValue: lesson?.wentWrong },
              { kind: "textarea", name: "narrative", label: "Narrative", hint: "Markdown: ## headings, **bold**, lists, links. Raw HTML is not shown.", defaultValue: lesson?.narrative },
              { kind: "text", name: "noActionReason", label: "No preventive action, because", hint: "Only when nothing needs to change", wide: true, defaultValue: lesson?.noActionReason ?? "" },
            ]}
          />
        </Disclosure>
      ) : null}
      {lesson ? (
        <div>
          <h3 className="mb-2 font-medium">Preventive actions</h3>
          {records.preventiveActions.length === 0 ? <p className="text-sm text-slate-600">None yet.</p> : null}
          <ul className="divide-y divide-slate-100">
            {records.preventiveActions.map((a) => (
              <li key={a.id} className="flex flex-wrap items-start justify-between gap-3 py-2">
                <div>
                  <p className="font-medium">{a.description}</p>
                  <p className="text-xs text-slate-600">
                    {a.owner ?? "Unassigned"}
                    {a.dueAt ? ` · due ${formatDateTime(a.dueAt, timeZone)}` : ""}
                    {a.recordedAfterTheFact ? " · recorded after the fact" : ""}
                    {a.doneAt ? ` · done ${formatDateTime(a.doneAt, timeZone)}` : a.dueAt && a.dueAt < now ? " · overdue" : ""}
                    {a.checkedAt ? ` · checked: ${a.worked ? "it worked" : "it did not work"}${a.checkNotes ? ` (${a.checkNotes})` : ""}` : ""}
                  </p>
                </div>
                {a.doneAt === null ? (
                  <ActionButton action={completePreventiveActionAction} hidden={{ actionId: a.id }} label="Done" accessibleName={`Mark “${a.description}” done`} />
                ) : a.checkedAt === null ? (
                  <Disclosure label="Did it work?">
                    <RecordForm
                      action={recordEffectivenessAction}
                      idPrefix={`check-${a.id}`}
                      label={`Did “${a.description}” work?`}
                      hidden={{ actionId: a.id }}
                      submitLabel="Record the check"
                      fields={[
                        { kind: "select", name: "worked", label: "It worked", required: true, options: [{ value: "yes", label: "Yes" }, { value: "no", label: "No" }], placeholder: "Choose" },
                        { kind: "text", name: "notes", label: "Effectiveness note" },
                      ]}
                    />
                  </Disclosure>
                ) : null}
              </li>
            ))}
          </ul>
          {!closed ? (
            <Disclosure label="Add a preventive action">
              <RecordForm
                action={addPreventiveActionAction}
                idPrefix="prevent"
                label="Add a preventive action"
                hidden={{ setbackId: setback.id, timeZone }}
                submitLabel="Add preventive action"
                fields={[
                  { kind: "text", name: "description", label: "Preventive action", required: true, wide: true },
                  { kind: "select", name: "ownerId", label: "Owner", options: owners, placeholder: "Unassigned" },
                  { kind: "date", name: "dueAt", label: "Due date" },
                  { kind: "checkbox", name: "recordedAfterTheFact", label: "Recorded after the fact", hint: "Planned earlier and written down now: the due date may have passed", wide: true },
                ]}
              />
            </Disclosure>
          ) : null}
        </div>
      ) : null}
    </Panel>
  );
}
