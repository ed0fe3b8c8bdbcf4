"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useSearchParams } from "next/navigation";

/**
 * The log-a-communication disclosure: opened by a draft (?draft=), and left open when the logged
 * draft closes (the URL loses ?draft=), so "Communication logged." stays in view above the reset
 * form. A plain <details open={…}> would snap shut as the draft goes.
 *
 * ?log=1 (a link from Needs me: "Send the promised update") opens it too, with the cursor in its
 * first field: the person came to write, not to find the form.
 */
export function DraftDisclosure({ label, open, children }: { label: string; open: boolean; children: ReactNode }) {
  const logAsked = useSearchParams().get("log") === "1";
  const wanted = open || logAsked;
  const [shown, setShown] = useState(wanted);
  const [asked, setAsked] = useState(wanted);
  if (wanted !== asked) {
    // A new draft asked for opens it; a draft that closed leaves it as the person has it.
    setAsked(wanted);
    if (wanted) setShown(true);
  }
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (!logAsked) return;
    details.current?.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")?.focus();
  }, [logAsked]);
  return (
    <details ref={details} className="rounded-md border border-slate-200 p-3" open={shown} onToggle={(e) => setShown(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-indigo-700">{label}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
