"use client";
// Saving triage ends the triage panel (the report is triaged, so it has nothing left to ask), and
// with it the form that would have said so. The slot stays where the panel was: it says what was
// set, "Triaged: high severity, Late delivery, fault ours, owner Tom Okafor.", and takes the
// focus, so a keyboard or screen-reader user is not dropped to the top of the page. The words are
// the record as stored (`saved`, from the server), never what the form sent: a save refused
// because someone else triaged first shows what they set. The form keeps its server action (it
// works before its script loads); the slot only notes that this person sent it.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";

export function TriageSlot({ open, saved, children }: { open: boolean; saved?: string; children: ReactNode }) {
  const [sent, setSent] = useState(false);
  const message = useRef<HTMLParagraphElement>(null);
  // Shown once the panel has gone after this person's own submission (a refusal keeps the panel).
  const shown = !open && sent && Boolean(saved);
  useEffect(() => {
    if (shown) message.current?.focus();
  }, [shown]);
  const onSubmit = (event: FormEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLFormElement) setSent(true);
  };
  return (
    <>
      {open ? <div onSubmit={onSubmit}>{children}</div> : null}
      {shown ? (
        <section aria-labelledby="triaged-heading" className="rounded-lg border border-emerald-200 bg-emerald-50 p-5">
          <h2 id="triaged-heading" className="sr-only">
            Triage saved
          </h2>
          <p ref={message} role="status" tabIndex={-1} className="text-sm text-emerald-900 focus:outline-none focus:ring-2 focus:ring-emerald-300">
            {saved}
          </p>
        </section>
      ) : null}
    </>
  );
}
