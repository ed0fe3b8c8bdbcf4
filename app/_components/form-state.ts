/** What a server action returns to the form that called it (useActionState). */
export interface FormState {
  ok?: boolean;
  message?: string;
  formError?: string;
  fieldErrors?: Record<string, string[]>;
  /** The submitted values, so a refused form keeps what the person typed. */
  values?: Record<string, string>;
}

export const initialFormState: FormState = {};
