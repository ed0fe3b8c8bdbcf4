"use client";
import { useRef, useState } from "react";

/**
 * The new link in a read-only field with a Copy button. Where the clipboard is refused (an
 * insecure origin, a browser setting), the field's text is selected so the person can copy it.
 */
export function CopyLink({ link }: { link: string }) {
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"no" | "yes" | "select">("no");
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("yes");
    } catch {
      field.current?.select();
      setCopied("select");
    }
  }
  return (
    <div className="space-y-1">
      <label htmlFor="new-client-link" className="block text-sm font-medium">New client link (shown only once)</label>
      <div className="flex gap-2">
        <input id="new-client-link" ref={field} readOnly value={link} onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-1.5 font-mono text-xs" />
        <button type="button" onClick={copy} className="rounded-md border border-indigo-300 px-3 py-1.5 text-sm font-medium text-indigo-700 hover:bg-indigo-50">
          {copied === "yes" ? "Copied" : "Copy"}
        </button>
      </div>
      <p aria-live="polite" className="text-xs text-slate-600">
        {copied === "yes" ? "Copied to the clipboard. Send it to the client; it cannot be shown again." : copied === "select" ? "The link is selected: press Ctrl+C (⌘C on a Mac) to copy it." : "Copy it now: only its hash is kept, so it cannot be shown again."}
      </p>
    </div>
  );
}
