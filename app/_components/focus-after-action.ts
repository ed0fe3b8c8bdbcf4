"use client";
// When an action succeeds, the control that acted often leaves the page (an approved
// compensation loses its Approve button, a done task its Done button) and the browser drops
// focus to <body>: a keyboard or screen-reader user is sent back to the top of the page. Focus goes
// instead to the heading of the section the control was in, which stays, else the page's title.
// The form's action stays the server action itself, so the form still works before (or without)
// its script: this only watches the submission and the control's leaving.
import { useEffect, useRef, type FormEvent } from "react";
import type { FormState } from "./form-state";

/** The heading that will still be there: taken on submit, while the control is on the page. */
function headingFor(control: Element | null): HTMLElement | null {
  const section = control?.closest("section");
  return section?.querySelector<HTMLElement>("h2, h3") ?? document.querySelector<HTMLElement>("main h1");
}

/** Focus a heading (made focusable by script only, so it is not a Tab stop). */
function focusHeading(heading: HTMLElement): void {
  if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
  heading.focus();
}

/**
 * For a control whose success may remove it: spread `onSubmit` on an element around its form.
 * If it leaves the page while its submission is answered and focus has fallen to <body>, focus
 * goes to the heading; if it stays (a refusal is shown beside it), focus stays where it is.
 */
export function useFocusWhenGone(state: FormState) {
  const waiting = useRef<HTMLElement | null>(null);
  // Refused: the control stays, with its refusal beside it; stop waiting. (An accepted answer
  // may be committed a moment before the page that no longer holds the control.)
  useEffect(() => {
    if (!state.ok) waiting.current = null;
  }, [state.answeredAt, state.ok]);
  useEffect(
    () => () => {
      const heading = waiting.current;
      // A heading gone too means another page (a navigation), which places focus itself.
      if (!heading?.isConnected) return;
      const active = document.activeElement;
      if (!active || active === document.body) focusHeading(heading);
    },
    [],
  );
  return {
    onSubmit(event: FormEvent<HTMLElement>) {
      waiting.current = headingFor(event.target as Element);
    },
  };
}
