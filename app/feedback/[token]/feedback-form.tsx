"use client";
import { useActionState } from "react";
import { TextAreaField, TextField } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { initialFormState } from "@/app/_components/form-state";
import { SubmitButton } from "@/app/_components/submit-button";
import { submitFeedbackAction } from "./actions";

/** `zoneName`: the organisation's zone in words ("UK time", "Europe/London"), the zone "When" is read in. */
export function FeedbackForm({ token, zoneName, max }: { token: string; zoneName: string; max: string }) {
  const [state, action] = useActionState(submitFeedbackAction, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.ok ? undefined : state.values;
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Tell us what is wrong">
      <FormAlert state={state} />
      <input type="hidden" name="token" value={token} />
      <div key={state.answeredAt} className="space-y-4">
        <TextAreaField label="What happened?" name="what" required rows={5} maxLength={5000} defaultValue={v?.what} error={e.what} />
        <TextField label="When did it happen?" name="when" type="datetime-local" max={max} hint={`Optional, if you know: your best guess, ${zoneName} time`} defaultValue={v?.when} error={e.when} />
        <TextAreaField label="How does it affect you?" name="impact" rows={3} maxLength={5000} defaultValue={v?.impact} error={e.impact} />
        <TextField label="How can we reach you?" name="reach" hint="A name, email or phone number (optional)" maxLength={500} defaultValue={v?.reach} error={e.reach} />
        {/* A honeypot: hidden from people and from assistive technology, filled in by bots. */}
        <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label htmlFor="website">Website</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
      </div>
      <SubmitButton pendingText="Sending…">Send</SubmitButton>
    </form>
  );
}
