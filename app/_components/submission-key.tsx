"use client";
import { useEffect, useRef } from "react";
import { SUBMISSION_KEY, type FormState } from "./form-state";

/** 128 random bits as hex; getRandomValues works on plain http too (randomUUID does not). */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The form's one-time key (lib/commands/once.ts): the server writes a key's submission once, so
 * a double click or a resend logs one record. Made in the browser after hydration (a key made
 * while rendering would differ between server and browser); a new one after each accepted answer,
 * so the reset form sends a new record. Without script the form has no key and works as before.
 */
export function SubmissionKey({ state }: { state: FormState }) {
  const input = useRef<HTMLInputElement>(null);
  const accepted = state.ok ? (state.answeredAt ?? 0) : 0;
  useEffect(() => {
    if (input.current) input.current.value = newKey();
  }, [accepted]);
  return <input ref={input} type="hidden" name={SUBMISSION_KEY} defaultValue="" />;
}
