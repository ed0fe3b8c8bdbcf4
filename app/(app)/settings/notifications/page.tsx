import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/page-header";
import { RecordForm, type FieldSpec } from "@/app/_components/record-form";
import { mailStatus } from "@/app/_server/mail-status";
import { requireActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { preferencesOf } from "@/db/writes/notification-preferences";
import { NOTICE_KINDS, preferenceOf } from "@/lib/notices/kinds";
import { preferenceField } from "@/lib/validation/notification-preferences";
import { saveNotificationSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  const actor = await requireActor("manage:notifications:own");
  const chosen = actor.id === null ? new Map() : (preferencesOf(getDb(), [actor.id]).get(actor.id) ?? new Map());
  const mail = mailStatus();
  const optional = NOTICE_KINDS.filter((k) => k.optional);
  const fields: FieldSpec[] = optional.flatMap((k) => {
    const p = preferenceOf(k.key, chosen);
    return [
      { kind: "checkbox", name: preferenceField(k.key, "mail"), label: `${k.label}: by mail`, defaultValue: p.mail ? "on" : "" },
      { kind: "checkbox", name: preferenceField(k.key, "inApp"), label: `${k.label}: in Needs me`, defaultValue: p.inApp ? "on" : "" },
    ] satisfies FieldSpec[];
  });
  return (
    <>
      <PageHeader title="Notification settings" subtitle={`What Amends tells you, ${actor.name}, and how.`} />
      <div className="max-w-3xl space-y-6">
        <p role="status" className={`rounded-md border px-4 py-3 text-sm ${mail.on ? "border-emerald-200 bg-emerald-50 text-emerald-900" : "border-amber-200 bg-amber-50 text-amber-900"}`}>
          {mail.words}
        </p>
        <section aria-labelledby="chosen-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="chosen-heading" className="mb-4 text-lg font-semibold">You choose</h2>
          <RecordForm action={saveNotificationSettingsAction} idPrefix="notify" label="Notification settings" submitLabel="Save notification settings" fields={fields} />
        </section>
        <section aria-labelledby="always-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="always-heading" className="mb-2 text-lg font-semibold">Always sent</h2>
          <p className="mb-3 text-sm text-slate-600">Escalations reach you by mail and in Needs me whatever you choose above.</p>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {NOTICE_KINDS.filter((k) => !k.optional).map((k) => (
              <li key={k.key}>{k.label}</li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
