"use client";
import { useEffect, useRef, useState } from "react";
import { SUBMISSION_KEY, type FormState } from "./form-state";

/** 128 random bits as hex; getRandomValues works on plain http too (randomUUID does not). */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The form's one-time key (lib/commands/once.ts): the server writes a key's submission once, so
 * a double click or a resend logs one record. A key is made when the form is first rendered, on
 * the server too, so a form sent before its script has loaded (or without script) carries one;
 * once hydrated the browser's own key stands (either is new to the server), and a new one is made
 * after each accepted answer, so the reset form sends a new record. The field is controlled so
 * that a re-render never puts back an older key.
 */
export function SubmissionKey({ state }: { state: FormState }) {
  const [key, setKey] = useState(newKey);
  const accepted = state.ok ? (state.answeredAt ?? 0) : 0;
  const seen = useRef(accepted);
  useEffect(() => {
    if (accepted === seen.current) return;
    seen.current = accepted;
    setKey(newKey());
  }, [accepted]);
  return <input type="hidden" name={SUBMISSION_KEY} value={key} readOnly suppressHydrationWarning />;
}
