"use client";
import { useActionState } from "react";
import { initialFormState } from "@/app/_components/form-state";
import { archiveContactAction } from "../actions";

export function ArchiveContactButton({ contactId, name }: { contactId: number; name: string }) {
  const [state, action, pending] = useActionState(archiveContactAction, initialFormState);
  return (
    <form action={action}>
      <input type="hidden" name="contactId" value={contactId} />
      <button type="submit" disabled={pending} className="text-sm text-red-700 hover:underline" aria-label={`Remove contact ${name}`}>
        Remove
      </button>
      {state.formError ? <span role="alert" className="ml-2 text-sm text-red-700">{state.formError}</span> : null}
    </form>
  );
}
