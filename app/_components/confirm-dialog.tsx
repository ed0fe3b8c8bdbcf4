"use client";
// A destructive action (deactivate a user, revoke a token or a client link, remove a contact)
// asks first, in a native modal <dialog>: the browser traps focus, Escape cancels, and the page
// behind is inert. It names what will happen, and Cancel has the focus, so a stray Enter cancels.
// The server action behind it is unchanged and still checks the role itself.
import { useId, useRef, type ReactNode } from "react";

export interface Confirmation {
  /** The question, naming the thing: "Deactivate Tom Okafor?" */
  title: string;
  /** What will happen: "They are signed out and cannot sign in until reactivated." */
  body: ReactNode;
  /** The confirming button: "Deactivate". */
  confirmLabel: string;
}

const TRIGGER = {
  danger: "rounded-md border border-red-300 bg-white px-3 py-1 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-50",
  link: "text-sm text-red-700 hover:underline disabled:opacity-50",
  plain: "rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-50",
};

export function ConfirmDialog({
  action,
  hidden,
  label,
  accessibleName,
  confirm,
  pending = false,
  look = "danger",
}: {
  /** The form action (useActionState's dispatch), run only once confirmed. */
  action: (formData: FormData) => void;
  hidden: Record<string, string | number>;
  label: string;
  accessibleName?: string;
  confirm: Confirmation;
  pending?: boolean;
  look?: keyof typeof TRIGGER;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  const open = () => {
    dialog.current?.showModal();
    // showModal focuses the first focusable element, which would be the dialog's own content;
    // Cancel first, so the destructive choice is never the default.
    cancel.current?.focus();
  };
  const close = () => dialog.current?.close();
  return (
    <>
      <button type="button" onClick={open} disabled={pending} aria-haspopup="dialog" aria-label={accessibleName} className={TRIGGER[look]}>
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg border border-slate-200 bg-white p-5 text-left text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold [overflow-wrap:anywhere]">
          {confirm.title}
        </h2>
        <div id={`${id}-body`} className="mt-2 text-sm text-slate-700 [overflow-wrap:anywhere]">
          {confirm.body}
        </div>
        <form action={action} onSubmit={close} className="mt-5 flex flex-wrap justify-end gap-2">
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button ref={cancel} type="button" onClick={close} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
            Cancel
          </button>
          <button type="submit" className="rounded-md bg-red-600 px-4 py-2 text-sm font-medium text-white hover:bg-red-700">
            {confirm.confirmLabel}
          </button>
        </form>
      </dialog>
    </>
  );
}
