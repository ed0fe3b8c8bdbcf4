/** What a server action returns to the form that called it (useActionState). */
export interface FormState {
  ok?: boolean;
  message?: string;
  formError?: string;
  fieldErrors?: Record<string, string[]>;
  /** The submitted values, so a refused form keeps what the person typed. */
  values?: Record<string, string>;
  /**
   * When the action answered. React resets a form after its action, and a select goes back to
   * the option it was first rendered with; keying the fields on this remounts them with `values`.
   */
  answeredAt?: number;
}

export const initialFormState: FormState = {};

/** The hidden field a form's one-time key travels in (app/_components/submission-key.tsx). */
export const SUBMISSION_KEY = "submissionKey";
