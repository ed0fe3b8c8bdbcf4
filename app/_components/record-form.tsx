"use client";
import { useActionState } from "react";
import type { FormState } from "./form-state";
import { initialFormState } from "./form-state";
import { CheckboxField, SelectField, TextAreaField, TextField, type Option } from "./field";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

/** A form described as data, so server components can lay out forms for their server actions. */
export interface FieldSpec {
  kind: "text" | "textarea" | "select" | "checkbox" | "date" | "datetime" | "amount";
  name: string;
  label: string;
  options?: readonly Option[];
  placeholder?: string;
  required?: boolean;
  hint?: string;
  defaultValue?: string;
  /** Latest allowed date-time, for back-dated fields. */
  max?: string;
  /** Spans both columns on wide screens. */
  wide?: boolean;
  /** Height of a textarea, in lines. */
  rows?: number;
}

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: readonly FieldSpec[];
  hidden?: Record<string, string | number>;
  submitLabel: string;
  /** Prefixes ids, so that several forms can share a page. */
  idPrefix: string;
  variant?: "primary" | "secondary" | "danger";
  /** The form's accessible name, so a person (and a test) can tell the page's forms apart. */
  label?: string;
}

export function RecordForm({ action, fields, hidden = {}, submitLabel, idPrefix, variant = "primary", label }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = state.ok ? undefined : state.values;
  // Selects keep the option they were first rendered with; remount the fields when the
  // defaults change (a draft, a saved record) or the action answered (a reset form).
  const version = `${state.answeredAt ?? 0}:${fields.map((f) => f.defaultValue ?? "").join("\u0000")}`;
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={label}>
      <FormAlert state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div key={version} className="grid gap-3 sm:grid-cols-2">
        {fields.map((f) => {
          const common = {
            id: `${idPrefix}-${f.name}`,
            name: f.name,
            label: f.label,
            hint: f.hint,
            required: f.required,
            error: state.fieldErrors?.[f.name],
          };
          const value = values?.[f.name] ?? f.defaultValue;
          const span = f.wide || f.kind === "textarea" ? "sm:col-span-2" : "";
          return (
            <div key={f.name} className={span}>
              {f.kind === "textarea" ? (
                <TextAreaField {...common} rows={f.rows ?? 3} defaultValue={value} />
              ) : f.kind === "select" ? (
                <SelectField {...common} options={f.options ?? []} placeholder={f.placeholder} defaultValue={value ?? ""} />
              ) : f.kind === "checkbox" ? (
                <CheckboxField {...common} defaultChecked={values ? values[f.name] === "on" : f.defaultValue === "on"} />
              ) : (
                <TextField
                  {...common}
                  type={f.kind === "date" ? "date" : f.kind === "datetime" ? "datetime-local" : "text"}
                  inputMode={f.kind === "amount" ? "decimal" : undefined}
                  max={f.max}
                  placeholder={f.placeholder}
                  defaultValue={value}
                />
              )}
            </div>
          );
        })}
      </div>
      <SubmitButton variant={variant} pendingText="Saving…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
