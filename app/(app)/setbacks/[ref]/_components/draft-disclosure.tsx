"use client";
import { useState, type ReactNode } from "react";

/**
 * The log-a-communication disclosure: opened by a draft (?draft=), and left open when the logged
 * draft closes (the URL loses ?draft=), so "Communication logged." stays in view above the reset
 * form. A plain <details open={…}> would snap shut as the draft goes.
 */
export function DraftDisclosure({ label, open, children }: { label: string; open: boolean; children: ReactNode }) {
  const [shown, setShown] = useState(open);
  const [asked, setAsked] = useState(open);
  if (open !== asked) {
    // A new draft asked for opens it; a draft that closed leaves it as the person has it.
    setAsked(open);
    if (open) setShown(true);
  }
  return (
    <details className="rounded-md border border-slate-200 p-3" open={shown} onToggle={(e) => setShown(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-indigo-700">{label}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
