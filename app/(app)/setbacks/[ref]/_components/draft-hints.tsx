import type { DraftHint } from "@/lib/setbacks/composer";

/**
 * Our own words for the draft's gaps (our title, the impact as we recorded it), beside the text
 * and never in it: they were written about the client, so the person puts them as the client
 * would say them.
 */
export function DraftHints({ hints }: { hints: readonly DraftHint[] }) {
  if (!hints.length) return null;
  return (
    <section aria-label="Our own words, for the gaps" className="mt-2 border-t border-indigo-200 pt-2">
      <p className="font-medium">Our own words, for the gaps: say them as the client would, not as we wrote them.</p>
      <dl className="mt-1 space-y-1">
        {hints.map((h) => (
          <div key={h.gap}>
            <dt className="inline font-mono text-xs">[[{h.gap}]]</dt> <dd className="inline">{h.label}: “{h.text}”</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
