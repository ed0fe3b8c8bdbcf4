"use client";
import { useActionState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { initialFormState } from "@/app/_components/form-state";
import { TextField } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { signInAction } from "./actions";

export function LoginForm({ next }: { next: string }) {
  const [state, action] = useActionState(signInAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="next" value={next} />
      <TextField label="Email" name="email" type="email" autoComplete="username" required defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required error={state.fieldErrors?.password} />
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
