import type { FormState } from "./form-state";

/** The form-level outcome: an error to fix, or a confirmation. */
export function FormAlert({ state }: { state: FormState }) {
  if (state.formError) {
    return (
      <p role="alert" className="rounded-md [overflow-wrap:anywhere] border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
        {state.formError}
      </p>
    );
  }
  if (state.ok && state.message) {
    return (
      <p role="status" className="rounded-md [overflow-wrap:anywhere] border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
        {state.message}
      </p>
    );
  }
  return null;
}
