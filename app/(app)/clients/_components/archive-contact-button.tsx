"use client";
import { useActionState } from "react";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { initialFormState } from "@/app/_components/form-state";
import { archiveContactAction } from "../actions";

export function ArchiveContactButton({ contactId, name }: { contactId: number; name: string }) {
  const [state, action, pending] = useActionState(archiveContactAction, initialFormState);
  return (
    <span>
      <ConfirmDialog
        action={action}
        hidden={{ contactId }}
        label="Remove"
        accessibleName={`Remove contact ${name}`}
        look="link"
        pending={pending}
        confirm={{ title: `Remove ${name} from the contacts?`, body: "They are no longer offered when a communication is logged. What was logged with them stays in the history.", confirmLabel: "Remove contact" }}
      />
      {state.formError ? <span role="alert" className="ml-2 text-sm text-red-700">{state.formError}</span> : null}
    </span>
  );
}
