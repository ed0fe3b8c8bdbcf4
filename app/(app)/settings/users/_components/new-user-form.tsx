"use client";
import { useActionState } from "react";
import { SelectField, TextField } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmissionKey } from "@/app/_components/submission-key";
import { initialFormState } from "@/app/_components/form-state";
import { SubmitButton } from "@/app/_components/submit-button";
import { ROLES } from "@/lib/auth/roles";
import { labelOf } from "@/lib/setbacks/vocabulary";
import { PASSWORD_MIN } from "@/lib/validation/user";
import { createUserAction } from "../actions";

export function NewUserForm() {
  const [state, action] = useActionState(createUserAction, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.ok ? undefined : state.values;
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormAlert state={state} />
        <SubmissionKey state={state} />
      </div>
      <div key={state.answeredAt} className="contents">
        <TextField label="Name" name="name" required defaultValue={v?.name} error={e.name} />
        <TextField label="Email" name="email" type="email" required defaultValue={v?.email} error={e.email} />
        <SelectField label="Role" name="role" required options={ROLES.map((r) => ({ value: r, label: labelOf(r) }))} defaultValue={v?.role ?? "member"} error={e.role} />
        <TextField label="Initial password" name="password" type="password" autoComplete="new-password" required hint={`At least ${PASSWORD_MIN} characters`} error={e.password} />
      </div>
      <div className="sm:col-span-2">
        <SubmitButton pendingText="Creating…">Create user</SubmitButton>
      </div>
    </form>
  );
}
