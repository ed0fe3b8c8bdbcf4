import type { Metadata } from "next";
import { ActionButton } from "@/app/_components/action-button";
import { PageHeader } from "@/app/_components/page-header";
import { RecordForm } from "@/app/_components/record-form";
import { requireActor } from "@/app/_server/session";
import { viewerTimeZone } from "@/app/_server/viewer";
import { getDb } from "@/db/client";
import { userTokens } from "@/db/writes/tokens";
import { formatDateTime } from "@/lib/time/zoned";
import { createTokenAction, revokeTokenAction } from "./actions";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const actor = await requireActor("manage:api-token:own");
  const [tokens, timeZone] = await Promise.all([actor.id === null ? [] : Promise.resolve(userTokens(getDb(), actor.id)), viewerTimeZone()]);
  const date = (ms: number) => formatDateTime(ms, timeZone);
  return (
    <div className="max-w-3xl">
      <PageHeader title="API tokens" subtitle={<>Personal tokens for <code>/api/v1</code> (see <a className="text-indigo-700 underline" href="/api/v1/openapi.json">openapi.json</a>). A token acts with your role; keep it secret.</>} />
      {tokens.length ? (
        <ul className="mb-6 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {tokens.map((t) => (
            <li key={t.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-2 text-sm">
              <div>
                <p className="font-medium">{t.name} <span className="font-mono text-xs text-slate-500">{t.prefix}…</span></p>
                <p className="text-xs text-slate-600">
                  Created {date(t.createdAt)} · {t.lastUsedAt ? `last used ${date(t.lastUsedAt)}` : "never used"}{t.revokedAt ? ` · revoked ${date(t.revokedAt)}` : ""}
                </p>
              </div>
              {t.revokedAt ? null : <ActionButton action={revokeTokenAction} hidden={{ tokenId: t.id }} label="Revoke" accessibleName={`Revoke token ${t.name}`} tone="danger" confirm={{ title: `Revoke the token “${t.name}”?`, body: "Every script or tool using it is refused from now on. A revoked token cannot be used again; create a new one if it is still needed.", confirmLabel: "Revoke token" }} />}
            </li>
          ))}
        </ul>
      ) : <p className="mb-6 text-sm text-slate-600">You have no tokens yet.</p>}
      <RecordForm action={createTokenAction} idPrefix="token" label="Create a token" submitLabel="Create token" fields={[{ kind: "text", name: "name", label: "Token name", required: true, hint: "What will use it, e.g. “Helpdesk sync”", wide: true }]} />
    </div>
  );
}
