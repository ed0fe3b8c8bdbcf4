import { ActionButton } from "@/app/_components/action-button";
import { RecordForm } from "@/app/_components/record-form";
import { can } from "@/lib/auth/roles";
import { formatMoney } from "@/lib/money";
import { describeStanding } from "@/lib/setbacks/compensation-threshold";
import { COMPENSATION_KINDS, labelOf } from "@/lib/setbacks/vocabulary";
import { approveCompensationAction, issueCompensationAction, noCompensationAction, proposeCompensationAction, rejectCompensationAction } from "../actions";
import type { PanelContext } from "./page-context";
import { Disclosure, Panel } from "./panel";

export function CompensationPanel({ setback, records, actor, currency, approvalThresholdCents }: PanelContext) {
  const mayApprove = can(actor.role, "approve:compensation:any");
  const closed = setback.stage === "closed";
  const standing = describeStanding(records.compensations);
  const summary = `Above ${formatMoney(approvalThresholdCents, currency)} in total a manager approves. ${standing ? `So far: ${standing}.` : "None so far."}`;
  return (
    <Panel id="compensation" title="Compensation" summary={summary}>
      {records.compensations.length ? (
        <ul className="divide-y divide-slate-100">
          {records.compensations.map((c) => {
            const what = `${labelOf(c.kind)} of ${formatMoney(c.amountCents, c.currency)}`;
            return (
              <li key={c.id} className="flex flex-wrap items-start justify-between gap-3 py-2">
                <div>
                  <p className="font-medium">
                    {what} <span className="ml-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{labelOf(c.status)}</span>
                  </p>
                  <p className="text-xs text-slate-600">
                    {c.description ? `${c.description} · ` : ""}proposed by {c.proposer ?? "—"}
                    {c.approver ? ` · ${c.status === "rejected" ? "rejected" : "approved"} by ${c.approver}` : c.status !== "proposed" ? " · within the threshold" : ""}
                    {c.decisionReason ? ` · ${c.decisionReason}` : ""}
                  </p>
                </div>
                {!closed && c.status === "proposed" && mayApprove && c.proposedById !== actor.id ? (
                  <div className="flex flex-col items-end gap-2">
                    <ActionButton action={approveCompensationAction} hidden={{ compensationId: c.id }} label="Approve" accessibleName={`Approve ${what}`} tone="primary" />
                    <Disclosure label="Reject…">
                      <RecordForm action={rejectCompensationAction} idPrefix={`reject-${c.id}`} label={`Reject ${what}`} hidden={{ compensationId: c.id }} submitLabel="Reject" variant="danger" fields={[{ kind: "text", name: "reason", label: "Reason", required: true, wide: true }]} />
                    </Disclosure>
                  </div>
                ) : null}
                {!closed && c.status === "proposed" && !(mayApprove && c.proposedById !== actor.id) ? (
                  <p className="text-xs text-amber-800">{mayApprove ? "Waiting for another manager's approval." : "Waiting for a manager's approval."}</p>
                ) : null}
                {!closed && c.status === "approved" ? (
                  <ActionButton action={issueCompensationAction} hidden={{ compensationId: c.id }} label="Mark issued" accessibleName={`Mark ${what} issued`} />
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {setback.noCompensationReason ? (
        <p className="text-sm">
          <strong>No compensation warranted:</strong> {setback.noCompensationReason}
        </p>
      ) : null}
      {!closed ? (
        <div className="grid gap-3 md:grid-cols-2">
          <Disclosure label="Propose compensation">
            <RecordForm
              action={proposeCompensationAction}
              idPrefix="compensation"
              label="Propose compensation"
              hidden={{ setbackId: setback.id }}
              submitLabel="Propose"
              fields={[
                { kind: "select", name: "kind", label: "Kind", required: true, options: COMPENSATION_KINDS.map((k) => ({ value: k, label: labelOf(k) })), placeholder: "Choose" },
                { kind: "amount", name: "amountCents", label: `Amount (${currency})`, required: true, placeholder: "750.00" },
                { kind: "textarea", name: "description", label: "Description" },
              ]}
            />
          </Disclosure>
          {setback.noCompensationReason || standing ? null : (
            <Disclosure label="No compensation warranted">
              <RecordForm action={noCompensationAction} idPrefix="no-compensation" label="No compensation warranted" hidden={{ setbackId: setback.id }} submitLabel="Record the decision" variant="secondary" fields={[{ kind: "textarea", name: "reason", label: "Reason", required: true }]} />
            </Disclosure>
          )}
        </div>
      ) : null}
    </Panel>
  );
}
