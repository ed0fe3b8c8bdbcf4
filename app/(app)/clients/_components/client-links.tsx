import { ActionButton } from "@/app/_components/action-button";
import { formatDateTime } from "@/lib/time/zoned";
import { revokeFeedbackLinkAction } from "../actions";
import { NewLinkForm } from "./new-link-form";

interface Link {
  id: number;
  label: string;
  createdAt: number;
  revokedAt: number | null;
  createdBy: string | null;
}

/** Private links for the client: report a problem, see the status of what we share. */
export function ClientLinks({ clientId, links, timeZone }: { clientId: number; links: Link[]; timeZone: string }) {
  return (
    <section aria-labelledby="links-heading" className="mt-10">
      <h2 id="links-heading" className="mb-1 text-lg font-semibold">Client links</h2>
      <p className="mb-3 text-sm text-slate-600">
        A private link lets the client tell you about a problem without signing in, and see the status of the setbacks you share with them. A new link is shown only once, when it is created (only its hash is kept): copy it then and send it to the client.
      </p>
      {links.length ? (
        <ul className="mb-4 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {links.map((l) => (
            <li key={l.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-2 text-sm">
              <div>
                <p className="font-medium">{l.label}</p>
                <p className="text-xs text-slate-600">
                  Created {formatDateTime(l.createdAt, timeZone)} by {l.createdBy ?? "—"}
                  {l.revokedAt ? ` · revoked ${formatDateTime(l.revokedAt, timeZone)}` : " · active"}
                </p>
              </div>
              {l.revokedAt ? null : <ActionButton action={revokeFeedbackLinkAction} hidden={{ linkId: l.id }} label="Revoke" accessibleName={`Revoke link ${l.label}`} tone="danger" confirm={{ title: `Revoke the link “${l.label}”?`, body: "Whoever holds it can no longer open the client's page or send a message through it. A revoked link cannot be used again; create a new one to share.", confirmLabel: "Revoke link" }} />}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="max-w-md">
        <NewLinkForm clientId={clientId} />
      </div>
    </section>
  );
}
