"use client";
import { useEffect, useRef } from "react";
import type { FormState } from "./form-state";

/**
 * When a form's action answers, focus goes where the answer is, so a keyboard or screen-reader
 * user hears it instead of staying on a button that now says nothing: the first field it refused
 * (its error is read with it, through aria-describedby), else the refusal, else the confirmation.
 * Only a new answer moves focus (`answeredAt`), never the first render of a page.
 */
function useFocusOnAnswer(state: FormState) {
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const node = message.current;
    if (!node || !state.answeredAt) return;
    const invalid = state.fieldErrors && Object.keys(state.fieldErrors).length ? node.closest("form")?.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
    (invalid ?? node).focus();
  }, [state.answeredAt, state.fieldErrors]);
  return message;
}

/** The form-level outcome: an error to fix, or a confirmation. */
export function FormAlert({ state }: { state: FormState }) {
  const message = useFocusOnAnswer(state);
  if (state.formError) {
    return (
      <p ref={message} role="alert" tabIndex={-1} className="rounded-md [overflow-wrap:anywhere] border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 focus:outline-none focus:ring-2 focus:ring-red-300">
        {state.formError}
      </p>
    );
  }
  if (state.ok && state.message) {
    return (
      <p ref={message} role="status" tabIndex={-1} className="rounded-md [overflow-wrap:anywhere] border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800 focus:outline-none focus:ring-2 focus:ring-emerald-300">
        {state.message}
      </p>
    );
  }
  return null;
}
