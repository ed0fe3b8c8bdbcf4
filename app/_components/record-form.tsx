"use client";
import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import type { FormState } from "./form-state";
import { initialFormState } from "./form-state";
import { CheckboxField, SelectField, TextAreaField, TextField, type Option } from "./field";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";
import { SubmissionKey } from "./submission-key";

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
  /** A textarea as tall as its text (a drafted script read on a phone), where the browser can. */
  grow?: boolean;
}

// field-sizing is not in React's CSS types yet; browsers without it keep `rows`.
const GROW = { fieldSizing: "content", minHeight: "6rem" } as React.CSSProperties;

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
  /** Query parameters that end with an accepted answer (a draft's "draft"): the URL loses them. */
  clearParams?: readonly string[];
}

export function RecordForm({ action, fields, hidden = {}, submitLabel, idPrefix, variant = "primary", label, clearParams }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const router = useRouter();
  const accepted = state.ok ? (state.answeredAt ?? 0) : 0;
  useEffect(() => {
    if (!accepted || !clearParams?.length) return;
    const url = new URL(window.location.href);
    if (!clearParams.some((p) => url.searchParams.has(p))) return;
    for (const p of clearParams) url.searchParams.delete(p);
    // Replace, not push: going back must not reopen the draft that was just logged.
    router.replace(`${url.pathname}${url.search}${url.hash}`, { scroll: false });
  }, [accepted, clearParams, router]);
  const values = state.ok ? undefined : state.values;
  // Selects keep the option they were first rendered with; remount the fields when the
  // defaults change (a draft, a saved record) or the action answered (a reset form).
  const version = `${state.answeredAt ?? 0}:${fields.map((f) => f.defaultValue ?? "").join("\u0000")}`;
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={label}>
      <FormAlert state={state} />
      <SubmissionKey state={state} />
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
                <TextAreaField {...common} rows={f.rows ?? 3} defaultValue={value} style={f.grow ? GROW : undefined} />
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
