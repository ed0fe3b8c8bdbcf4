"use client";
import { useActionState } from "react";
import { TextField } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { createFeedbackLinkAction } from "../actions";
import { CopyLink } from "./copy-link";
import type { NewLinkState } from "./new-link-state";

/** Creates a client link and hands it over once, with a Copy button, in place of the form's confirmation. */
export function NewLinkForm({ clientId }: { clientId: number }) {
  const [state, action] = useActionState<NewLinkState, FormData>(createFeedbackLinkAction, {});
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-3" noValidate aria-label="Create a client link">
        {state.ok && state.link ? <CopyLink key={state.link} link={state.link} /> : <FormAlert state={state} />}
        <input type="hidden" name="clientId" value={clientId} />
        <div key={state.answeredAt}>
          <TextField id="link-label" label="Link label" name="label" required hint="e.g. “Operations team”" defaultValue={state.ok ? undefined : state.values?.label} error={state.fieldErrors?.label} />
        </div>
        <SubmitButton pendingText="Saving…">Create link</SubmitButton>
      </form>
    </div>
  );
}
