// The wrapper every server action goes through (a test calls each one, from
// lib/auth/entry-points.ts, with hostile arguments). A server action is an HTTP endpoint: React
// decodes whatever a request sends into its arguments (JSON as text, or multipart where "$K1"
// names a FormData), so a crafted request can pass no arguments, nulls, a string where the form
// belongs or a FormData where the state belongs. Unchecked, the action throws reading them and
// the request is a 500. Here the shapes are checked first: a state that is not a plain object or
// a form that is not a FormData is answered as a form error, before the session is even read.
import type { FormState } from "@/app/_components/form-state";

export const UNREADABLE_FORM = "This form could not be read. Reload the page and try again.";

const INPUT = Symbol.for("amends.server-action.input");
type Input = "form" | "none";

/** What an action built here reads: a form ("form"), or nothing ("none"); undefined: not built here. */
export function actionInput(action: unknown): Input | undefined {
  return (action as { [INPUT]?: Input } | null)?.[INPUT];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * An action for `useActionState`: (previous state, the form) → the next state. `body` gets the
 * form only once both arguments have the shapes React gives a real form's action.
 */
export function formAction<S extends { formError?: string } = FormState>(body: (formData: FormData) => Promise<S>) {
  const action = async (state: S, formData: FormData): Promise<S> => {
    if (!isPlainObject(state) || !(formData instanceof FormData)) {
      return { ok: false, formError: UNREADABLE_FORM, answeredAt: Date.now() } as FormState as S;
    }
    return body(formData);
  };
  return Object.assign(action, { [INPUT]: "form" as const });
}

/** An action that reads nothing sent with it (a sign-out button): whatever arrives is ignored. */
export function noInputAction<T>(body: () => Promise<T>) {
  const action = async (..._ignored: unknown[]): Promise<T> => body();
  return Object.assign(action, { [INPUT]: "none" as const });
}
