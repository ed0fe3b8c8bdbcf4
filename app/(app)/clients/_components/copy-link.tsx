"use client";
import { useEffect, useRef, useState } from "react";

/**
 * The answer to "Create link": the link, shown this once, with its Copy button and what copying
 * did, in one confirmation that takes the focus (a keyboard or screen-reader user lands on it).
 * Where the clipboard is refused (an insecure origin, a browser setting), the link's text is
 * selected and the message says to press Ctrl+C.
 */
export function CopyLink({ link }: { link: string }) {
  const box = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<"no" | "yes" | "select">("no");
  useEffect(() => box.current?.focus(), []);
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("yes");
    } catch {
      if (text.current) window.getSelection()?.selectAllChildren(text.current);
      setCopied("select");
    }
  }
  return (
    <div ref={box} role="status" tabIndex={-1} className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 focus:outline-none focus:ring-2 focus:ring-emerald-300">
      <p>Link created. Copy it now: only its hash is kept, so it is shown only once.</p>
      <div className="flex flex-wrap items-center gap-2">
        <code ref={text} className="min-w-0 flex-1 select-all rounded border border-emerald-200 bg-white px-2 py-1 font-mono text-xs text-slate-900 [overflow-wrap:anywhere]">{link}</code>
        {/* A space, so the link's text ends where it does when the message is read or copied as text. */}{" "}
        <button type="button" onClick={copy} className="rounded-md border border-indigo-300 bg-white px-3 py-1.5 text-sm font-medium text-indigo-700 hover:bg-indigo-50">
          {copied === "yes" ? "Copied" : "Copy link"}
        </button>
      </div>
      {copied === "no" ? null : (
        <p className="font-medium">
          {copied === "yes" ? "Copied to the clipboard. Send it to the client; it cannot be shown again." : "The link is selected: press Ctrl+C (⌘C on a Mac) to copy it."}
        </p>
      )}
    </div>
  );
}
