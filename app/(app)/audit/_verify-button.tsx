"use client";
import { useActionState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { initialFormState } from "@/app/_components/form-state";
import { SubmitButton } from "@/app/_components/submit-button";
import { verifyChainAction } from "./actions";

export function VerifyChainButton() {
  const [state, action] = useActionState(verifyChainAction, initialFormState);
  return (
    <form action={action} aria-label="Verify the chain" className="flex flex-wrap items-center gap-3">
      <SubmitButton variant="secondary" pendingText="Verifying…">Verify the chain</SubmitButton>
      <FormAlert state={state} />
    </form>
  );
}
