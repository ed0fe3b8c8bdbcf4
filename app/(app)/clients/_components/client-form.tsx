"use client";
import { useActionState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmissionKey } from "@/app/_components/submission-key";
import { initialFormState } from "@/app/_components/form-state";
import { SelectField, TextAreaField, TextField, type Option } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { createClientAction, editClientAction } from "../actions";

interface Props {
  owners: Option[];
  client?: { id: number; name: string; accountOwnerId: number | null; notes: string; version: number };
}

export function ClientForm({ owners, client }: Props) {
  const [state, action] = useActionState(client ? editClientAction : createClientAction, initialFormState);
  const v = state.values;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert state={state} />
      <SubmissionKey state={state} />
      {client ? <input type="hidden" name="clientId" value={client.id} /> : null}
      {client ? <input type="hidden" name="version" value={client.version} /> : null}
      <div key={`${client?.version}-${state.answeredAt}`} className="space-y-4">
      <TextField label="Name" name="name" required maxLength={200} defaultValue={v?.name ?? client?.name} error={state.fieldErrors?.name} />
      <SelectField
        label="Account owner"
        name="accountOwnerId"
        options={owners}
        placeholder="Nobody yet"
        defaultValue={v?.accountOwnerId ?? client?.accountOwnerId ?? ""}
        error={state.fieldErrors?.accountOwnerId}
      />
      <TextAreaField label="Notes" name="notes" defaultValue={v?.notes ?? client?.notes} error={state.fieldErrors?.notes} />
      </div>
      <SubmitButton pendingText="Saving…">{client ? "Save client" : "Create client"}</SubmitButton>
    </form>
  );
}
