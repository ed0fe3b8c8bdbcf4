import { RecordForm } from "@/app/_components/record-form";
import { getDb } from "@/db/client";
import { categoryOptions } from "@/db/queries/setbacks";
import { can } from "@/lib/auth/roles";
import { needsTriage } from "@/lib/setbacks/lifecycle";
import { labelOf, SEVERITIES } from "@/lib/setbacks/vocabulary";
import { triageAction } from "../actions";
import type { PanelContext } from "./page-context";
import { Panel } from "./panel";
import { TriageSlot } from "./triage-outcome";

const FAULT_CHOICES = [
  { value: "ours", label: "Ours" },
  { value: "shared", label: "Shared" },
  { value: "external", label: "External (carrier, supplier)" },
  { value: "client", label: "The client's" },
];

/** The triage as stored, in the panel's words: what its slot confirms after a save. */
async function triagedAs(setback: PanelContext["setback"], owners: PanelContext["owners"]): Promise<string> {
  const category = (await categoryOptions(getDb())).find((c) => c.key === setback.category)?.label ?? setback.category;
  const fault = FAULT_CHOICES.find((f) => f.value === setback.fault)?.label ?? setback.fault;
  const owner = owners.find((o) => String(o.value) === String(setback.ownerId))?.label ?? "nobody";
  const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  return `Triaged: ${lower(labelOf(setback.severity))} severity, ${category}, fault ${lower(fault)}, owner ${owner}.`;
}

/**
 * A client's own report arrives with nothing assessed (lib/commands/feedback.ts). Until a member
 * sets what the team knows, in one step, it cannot leave Discovered; then this panel goes, and
 * its slot says what was set (triage-outcome.tsx).
 */
export async function TriagePanel({ setback, actor, owners }: PanelContext) {
  if (!can(actor.role, "update:setback:any")) return null;
  if (!needsTriage(setback)) return <TriageSlot open={false} saved={await triagedAs(setback, owners)}>{null}</TriageSlot>;
  const categories = await categoryOptions(getDb());
  const panel = (
    <Panel id="triage" title="Triage this report" summary="Severity and fault not yet assessed · needs triage">
      <p className="text-sm text-slate-700">
        The client sent this through their link; their message is under Communications. Set what the team knows now: it cannot move on from Discovered before.
      </p>
      <RecordForm
        action={triageAction}
        idPrefix="triage"
        label="Triage this report"
        hidden={{ setbackId: setback.id, version: setback.version }}
        submitLabel="Save triage"
        fields={[
          { kind: "select", name: "severity", label: "Severity", required: true, placeholder: "Choose", options: SEVERITIES.map((s) => ({ value: s, label: labelOf(s) })), hint: "Until it is set, the clocks run on the critical targets: the client is waiting" },
          { kind: "select", name: "category", label: "Category", required: true, placeholder: "Choose a category", options: categories.map((c) => ({ value: c.key, label: c.label })) },
          { kind: "select", name: "fault", label: "Fault", required: true, placeholder: "Choose", options: FAULT_CHOICES },
          { kind: "select", name: "ownerId", label: "Owner", required: true, placeholder: "Choose an owner", options: owners, defaultValue: String(setback.ownerId ?? actor.id ?? "") },
        ]}
      />
    </Panel>
  );
  return <TriageSlot open>{panel}</TriageSlot>;
}
