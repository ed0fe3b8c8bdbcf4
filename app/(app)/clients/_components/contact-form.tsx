"use client";
import { useActionState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmissionKey } from "@/app/_components/submission-key";
import { initialFormState } from "@/app/_components/form-state";
import { TextField } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import type { Contact } from "@/db/schema";
import { addContactAction, editContactAction } from "../actions";

/** Adds a contact to `clientId`, or edits `contact`. Field ids are prefixed so several forms can share a page. */
export function ContactForm({ clientId, contact }: { clientId: number; contact?: Contact }) {
  const [state, action] = useActionState(contact ? editContactAction : addContactAction, initialFormState);
  const v = state.values;
  const prefix = contact ? `contact-${contact.id}` : "new-contact";
  const e = state.fieldErrors;
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormAlert state={state} />
        <SubmissionKey state={state} />
      </div>
      {contact ? <input type="hidden" name="contactId" value={contact.id} /> : <input type="hidden" name="clientId" value={clientId} />}
      {contact ? <input type="hidden" name="version" value={contact.version} /> : null}
      <div key={`${contact?.version}-${state.answeredAt}`} className="contents">
      <TextField id={`${prefix}-name`} label="Contact name" name="name" required defaultValue={v?.name ?? contact?.name} error={e?.name} />
      <TextField id={`${prefix}-role`} label="Contact role" name="role" hint="e.g. Head of operations" defaultValue={v?.role ?? contact?.role} error={e?.role} />
      <TextField id={`${prefix}-email`} label="Contact email" name="email" type="email" defaultValue={v?.email ?? contact?.email} error={e?.email} />
      <TextField id={`${prefix}-phone`} label="Contact phone" name="phone" type="tel" defaultValue={v?.phone ?? contact?.phone} error={e?.phone} />
      </div>
      <div className="sm:col-span-2">
        <SubmitButton variant="secondary" pendingText="Saving…">{contact ? "Save contact" : "Add contact"}</SubmitButton>
      </div>
    </form>
  );
}
