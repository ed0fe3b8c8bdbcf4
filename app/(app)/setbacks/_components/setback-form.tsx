"use client";
import { useActionState } from "react";
import { CheckboxField, SelectField, TextAreaField, TextField, type Option } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmissionKey } from "@/app/_components/submission-key";
import { initialFormState } from "@/app/_components/form-state";
import { SubmitButton } from "@/app/_components/submit-button";
import { FAULTS, labelOf, SEVERITIES, SOURCES, UNASSESSED } from "@/lib/setbacks/vocabulary";
import { keptFieldName, keptFieldValue } from "@/lib/validation/kept-instant";
import { editSetbackAction, reportSetbackAction } from "../actions";

export interface SetbackFormValues {
  clientId: string;
  title: string;
  description: string;
  category: string;
  severity: string;
  fault: string;
  source: string;
  occurredAt: string;
  discoveredAt: string;
  impact: string;
  ownerId: string;
  estimatedCost: string;
  clientRequest: string;
  clientRequestAt: string;
  sharedWithClient: boolean;
  /** Optional; blank shows the title on the client's status page. */
  clientTitle?: string;
}

interface Props {
  setbackId?: number;
  /** Changes when the saved setback changes, so the fields take the new values (selects keep their first otherwise). */
  version?: number;
  initial: SetbackFormValues;
  clients: Option[];
  categories: Option[];
  owners: Option[];
  timeZone: string;
  /** The latest a date may be, as a datetime-local value: now in the viewer's zone. */
  max: string;
  /** When editing: the stored instants, kept to the millisecond unless their field is changed. */
  stored?: Partial<Record<"occurredAt" | "discoveredAt" | "clientRequestAt", number | null>>;
}

const options = (words: readonly string[]) => words.map((w) => ({ value: w, label: labelOf(w) }));
const FAULT_OPTIONS = [
  { value: "ours", label: "Ours" },
  { value: "shared", label: "Shared" },
  { value: "external", label: "External (carrier, supplier)" },
  { value: "client", label: "The client's" },
] satisfies { value: (typeof FAULTS)[number]; label: string }[];
/** Offered only to a setback that still holds it (a client's report before triage). */
const UNASSESSED_OPTION = { value: UNASSESSED, label: labelOf(UNASSESSED) };

export function SetbackForm({ setbackId, version, initial, clients, categories, owners, timeZone, max, stored = {} }: Props) {
  const [state, action] = useActionState(setbackId ? editSetbackAction : reportSetbackAction, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = (name: keyof SetbackFormValues, field: string = name) => state.values?.[field] ?? (initial[name] as string);
  return (
    <form action={action} className="space-y-6" noValidate>
      <FormAlert state={state} />
      <SubmissionKey state={state} />
      <input type="hidden" name="timeZone" value={timeZone} />
      {setbackId ? <input type="hidden" name="setbackId" value={setbackId} /> : null}
      <div key={`${version}-${state.answeredAt}`} className="space-y-6">
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {Object.entries(stored).map(([field, ms]) =>
        ms == null || !initial[field as keyof SetbackFormValues] ? null : <input key={field} type="hidden" name={keptFieldName(field)} value={keptFieldValue(String(initial[field as keyof SetbackFormValues]), ms)} />,
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Client" name="clientId" required options={clients} placeholder="Choose a client" defaultValue={v("clientId")} error={e.clientId} />
        <SelectField label="Owner" name="ownerId" options={owners} placeholder="Unassigned" defaultValue={v("ownerId")} error={e.ownerId} />
      </div>
      <TextField label="Title" name="title" required maxLength={200} defaultValue={v("title")} error={e.title} hint="What went wrong, in a few words" />
      <TextAreaField label="Description" name="description" defaultValue={v("description")} error={e.description} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField label="Category" name="category" required options={categories} placeholder="Choose a category" defaultValue={v("category")} error={e.category} />
        <SelectField label="Severity" name="severity" required options={initial.severity === UNASSESSED ? [UNASSESSED_OPTION, ...options(SEVERITIES)] : options(SEVERITIES)} placeholder="Choose" defaultValue={v("severity")} error={e.severity} />
        <SelectField label="Fault" name="fault" required options={initial.fault === UNASSESSED ? [UNASSESSED_OPTION, ...FAULT_OPTIONS] : FAULT_OPTIONS} placeholder="Choose" defaultValue={v("fault")} error={e.fault} />
        <SelectField label="Source" name="source" required options={options(SOURCES).map((o) => ({ ...o, label: o.value === "client" ? "The client told us" : "We found it" }))} defaultValue={v("source")} error={e.source} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Occurred at" name="occurredAt" type="datetime-local" required max={max} defaultValue={v("occurredAt")} error={e.occurredAt} />
        <TextField label="Discovered at" name="discoveredAt" type="datetime-local" required max={max} defaultValue={v("discoveredAt")} error={e.discoveredAt} />
      </div>
      <TextAreaField label="Impact on the client" name="impact" defaultValue={v("impact")} error={e.impact} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextAreaField label="What the client asked for" name="clientRequest" rows={2} defaultValue={v("clientRequest")} error={e.clientRequest} />
        <TextField label="When the client asked" name="clientRequestAt" type="datetime-local" max={max} defaultValue={v("clientRequestAt")} error={e.clientRequestAt} />
      </div>
      <TextField label="Title for the client" name="clientTitle" maxLength={200} defaultValue={v("clientTitle") ?? ""} error={e.clientTitle} hint="What their status page calls it; blank shows the title above" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Estimated cost" name="estimatedCostCents" inputMode="decimal" hint="In the organisation's currency, e.g. 1250.00" defaultValue={v("estimatedCost", "estimatedCostCents")} error={e.estimatedCostCents} />
        <div className="pt-7">
          <CheckboxField label="Shared with the client on their status page" name="sharedWithClient" defaultChecked={state.values ? state.values.sharedWithClient === "on" : initial.sharedWithClient} />
        </div>
      </div>
      </div>
      <SubmitButton pendingText="Saving…">{setbackId ? "Save changes" : "Report setback"}</SubmitButton>
    </form>
  );
}
