import { ActionButton } from "@/app/_components/action-button";
import { RecordForm } from "@/app/_components/record-form";
import { can } from "@/lib/auth/roles";
import Link from "next/link";
import { canMove, nextStage, previousStage } from "@/lib/setbacks/lifecycle";
import { nextStep, stepHref } from "@/lib/setbacks/next-step";
import { STAGES, labelOf } from "@/lib/setbacks/vocabulary";
import { moveAction } from "../actions";
import type { PanelContext } from "./page-context";
import { Disclosure } from "./panel";

const reasonField = { kind: "textarea", name: "reason", label: "Reason", required: true } as const;

/** The next move as one button; when its guard refuses, the reason stands beside it. */
export function MoveControls({ setback, records, actor }: PanelContext) {
  const next = nextStage(setback.stage);
  const back = previousStage(setback.stage);
  const guard = next ? canMove(setback, next, records.lifecycle) : null;
  // When the move is refused, the primary action is what would satisfy its guard.
  const step = nextStep(setback, records.lifecycle);
  const hidden = { setbackId: setback.id };
  return (
    <div className="space-y-3">
      {next && guard ? (
        <div className="flex flex-wrap items-center gap-3">
          {guard.ok ? (
            <ActionButton action={moveAction} hidden={{ ...hidden, to: next }} label={`Move to ${labelOf(next)}`} tone="primary" />
          ) : (
            <>
              {step?.kind === "record" ? (
                <Link href={stepHref(setback.reference, step)} className="rounded-md bg-indigo-600 px-3 py-1 text-sm font-medium text-white shadow-sm hover:bg-indigo-700">
                  {step.label}
                </Link>
              ) : null}
              <button type="button" disabled aria-describedby="move-refused" className="rounded-md bg-slate-200 px-3 py-1 text-sm font-medium text-slate-500">
                Move to {labelOf(next)}
              </button>
              <p id="move-refused" className="text-sm text-amber-800">
                {guard.reason}
              </p>
            </>
          )}
        </div>
      ) : null}
      <div className="grid gap-3 md:grid-cols-2">
        {setback.stage === "closed" ? (
          <Disclosure label="Reopen this setback">
            <RecordForm
              action={moveAction}
              idPrefix="reopen"
              label="Reopen this setback"
              hidden={hidden}
              submitLabel="Reopen"
              variant="secondary"
              fields={[
                { kind: "select", name: "to", label: "Reopen at stage", options: STAGES.slice(0, -1).map((s) => ({ value: s, label: labelOf(s) })), defaultValue: "remedying" },
                reasonField,
              ]}
            />
          </Disclosure>
        ) : back ? (
          <Disclosure label={`Move back to ${labelOf(back)}`}>
            <RecordForm action={moveAction} idPrefix="back" label={`Move back to ${labelOf(back)}`} hidden={{ ...hidden, to: back }} submitLabel={`Move back to ${labelOf(back)}`} variant="secondary" fields={[reasonField]} />
          </Disclosure>
        ) : null}
        {setback.stage !== "closed" && setback.severity === "low" && can(actor.role, "close-minor:setback:any") ? (
          <Disclosure label="Close as minor">
            <RecordForm action={moveAction} idPrefix="minor" label="Close as minor" hidden={{ ...hidden, to: "closed", closeAsMinor: "on" }} submitLabel="Close as minor" variant="secondary" fields={[reasonField]} />
          </Disclosure>
        ) : null}
      </div>
    </div>
  );
}
