"use client";
import { useActionState } from "react";
import { ConfirmDialog, type Confirmation } from "./confirm-dialog";
import type { FormState } from "./form-state";
import { initialFormState } from "./form-state";
import { useFocusWhenGone } from "./focus-after-action";

/** One click, one server action (complete a task, approve…), with its refusal shown beside it. */
export function ActionButton({
  action,
  hidden,
  label,
  accessibleName,
  tone = "secondary",
  confirm,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  label: string;
  accessibleName?: string;
  tone?: "primary" | "secondary" | "danger";
  /** A destructive action asks first (ConfirmDialog). */
  confirm?: Confirmation;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  // Done, the button usually goes with what it did: focus moves to its section's heading, not <body>.
  const watch = useFocusWhenGone(state);
  const look = {
    primary: "bg-indigo-600 text-white hover:bg-indigo-700",
    secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
    danger: "border border-red-300 bg-white text-red-700 hover:bg-red-50",
  }[tone];
  const refusal = state.formError ? (
    <span role="alert" className="text-sm text-red-700">
      {state.formError}
    </span>
  ) : null;
  if (confirm) {
    return (
      <span {...watch} className="inline-flex flex-wrap items-center gap-2">
        <ConfirmDialog action={formAction} hidden={hidden} label={label} accessibleName={accessibleName} confirm={confirm} pending={pending} />
        {refusal}
      </span>
    );
  }
  return (
    <form {...watch} action={formAction} className="inline-flex flex-wrap items-center gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} aria-label={accessibleName} className={`rounded-md px-3 py-1 text-sm font-medium disabled:opacity-50 ${look}`}>
        {label}
      </button>
      {refusal}
    </form>
  );
}
