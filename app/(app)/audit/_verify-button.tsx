"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { verifyChainAction, type VerifyState } from "./actions";

const initial: VerifyState = {};

/** The button, then what it found: a sentence an auditor understands, the command line's details under it. */
export function VerifyChainButton() {
  const [state, action] = useActionState(verifyChainAction, initial);
  const tone = state.ok ? "border-emerald-200 bg-emerald-50 text-emerald-900" : "border-red-200 bg-red-50 text-red-900";
  return (
    <form action={action} aria-label="Verify the chain" className="flex max-w-3xl flex-wrap items-center gap-3">
      <SubmitButton variant="secondary" pendingText="Verifying…">Verify the chain</SubmitButton>
      {state.headline ? (
        <div role={state.ok ? "status" : "alert"} className={`rounded-md border px-3 py-2 text-sm ${tone}`}>
          <p className="font-semibold">{state.headline}</p>
          <p className="mt-1 break-words font-mono text-xs opacity-80">{state.details}</p>
        </div>
      ) : null}
    </form>
  );
}
