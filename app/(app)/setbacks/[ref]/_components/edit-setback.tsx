import Link from "next/link";
import { nowAsLocalInput } from "@/app/_server/viewer";
import type { Setback } from "@/db/schema";
import { centsToInput } from "@/lib/money";
import { toLocalInputValue } from "@/lib/time/zoned";
import { SetbackForm } from "../../_components/setback-form";
import { setbackFormOptions } from "../../_components/setback-form-options";

/**
 * The setback's own fields, edited in place; each save records what changed. The form (with a
 * choice of every client) is rendered only when asked for, keeping the page light.
 */
export async function EditSetback({ setback: s, timeZone, open }: { setback: Setback; timeZone: string; open: boolean }) {
  if (!open) {
    return (
      <p id="edit-details" className="rounded-lg border border-slate-200 bg-white p-4">
        <Link href="?edit=1#edit-details" className="font-medium text-indigo-700 hover:underline">Edit details</Link>
      </p>
    );
  }
  const options = await setbackFormOptions(s.category);
  const local = (ms: number | null) => (ms == null ? "" : toLocalInputValue(ms, timeZone));
  return (
    <details id="edit-details" className="rounded-lg border border-slate-200 bg-white p-4" open>
      <summary className="cursor-pointer font-medium text-indigo-700">Edit details</summary>
      <div className="mt-4">
        <SetbackForm
          setbackId={s.id}
          version={s.version}
          {...options}
          timeZone={timeZone}
          max={nowAsLocalInput(timeZone)}
          stored={{ occurredAt: s.occurredAt, discoveredAt: s.discoveredAt, clientRequestAt: s.clientRequestAt }}
          initial={{
            clientId: String(s.clientId),
            title: s.title,
            description: s.description,
            category: s.category,
            severity: s.severity,
            fault: s.fault,
            source: s.source,
            occurredAt: local(s.occurredAt),
            discoveredAt: local(s.discoveredAt),
            impact: s.impact,
            ownerId: s.ownerId ? String(s.ownerId) : "",
            estimatedCost: centsToInput(s.estimatedCostCents),
            clientRequest: s.clientRequest,
            clientRequestAt: local(s.clientRequestAt),
            sharedWithClient: s.sharedWithClient,
            clientTitle: s.clientTitle ?? "",
          }}
        />
      </div>
    </details>
  );
}
