"use client";
// Saving triage ends the triage panel (the report is triaged, so it has nothing left to ask), and
// with it the form that would have said so. The slot stays where the panel was: it says what was
// set, "Triaged: high severity, Late delivery, fault ours, owner Tom Okafor.", and takes the
// focus, so a keyboard or screen-reader user is not dropped to the top of the page.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ComponentProps, type ReactNode } from "react";
import { RecordForm, type FieldSpec } from "@/app/_components/record-form";
import type { FormState } from "@/app/_components/form-state";

const Report = createContext<(confirmation: string) => void>(() => {});

/** What the saved triage set, in the words of the form's own choices. */
export function describeTriage(formData: FormData, fields: readonly FieldSpec[]): string {
  const chosen = (name: string) => {
    const field = fields.find((f) => f.name === name);
    const value = String(formData.get(name) ?? "");
    return field?.options?.find((o) => String(o.value) === value)?.label ?? value;
  };
  const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  return `Triaged: ${lower(chosen("severity"))} severity, ${chosen("category")}, fault ${lower(chosen("fault"))}, owner ${chosen("ownerId")}.`;
}

export function TriageSlot({ open, children }: { open: boolean; children: ReactNode }) {
  const [done, setDone] = useState<string | null>(null);
  const message = useRef<HTMLParagraphElement>(null);
  const shown = !open && done !== null;
  useEffect(() => {
    if (shown) message.current?.focus();
  }, [shown]);
  return (
    <Report.Provider value={setDone}>
      {open ? children : null}
      {shown ? (
        <section aria-labelledby="triaged-heading" className="rounded-lg border border-emerald-200 bg-emerald-50 p-5">
          <h2 id="triaged-heading" className="sr-only">
            Triage saved
          </h2>
          <p ref={message} role="status" tabIndex={-1} className="text-sm text-emerald-900 focus:outline-none focus:ring-2 focus:ring-emerald-300">
            {done}
          </p>
        </section>
      ) : null}
    </Report.Provider>
  );
}

/** The triage panel's form: a RecordForm that tells the slot what it saved. */
export function TriageForm(props: ComponentProps<typeof RecordForm>) {
  const report = useContext(Report);
  const { action, fields } = props;
  const act = useCallback(
    async (previous: FormState, formData: FormData) => {
      const result = await action(previous, formData);
      if (result.ok) report(describeTriage(formData, fields));
      return result;
    },
    [action, fields, report],
  );
  return <RecordForm {...props} action={act} />;
}
