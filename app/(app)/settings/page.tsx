import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/app/_components/page-header";
import { RecordForm, type FieldSpec } from "@/app/_components/record-form";
import { mailStatus } from "@/app/_server/mail-status";
import { requireActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { serviceLevelTargetList } from "@/db/queries/board";
import { getOrgSettings } from "@/db/queries/settings";
import { centsToInput } from "@/lib/money";
import { DEFAULT_TARGETS } from "@/lib/settings";
import { SEVERITIES, labelOf } from "@/lib/setbacks/vocabulary";
import { targetField } from "@/lib/validation/settings";
import { updateOrgSettingsAction, updateTargetsAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireActor("manage:settings:any");
  const db = getDb();
  const [targets, settings] = await Promise.all([serviceLevelTargetList(db), getOrgSettings(db)]);
  const targetFields: FieldSpec[] = SEVERITIES.slice()
    .reverse()
    .flatMap((severity) => {
      const t = targets.find((x) => x.severity === severity) ?? DEFAULT_TARGETS.find((x) => x.severity === severity)!;
      const name = labelOf(severity);
      return [
        { kind: "text", name: targetField("notify", severity), label: `${name}: notify within (hours)`, defaultValue: String(t.notifyHours) },
        { kind: "text", name: targetField("remedy", severity), label: `${name}: remedy within (days)`, defaultValue: String(t.remedyHours / 24) },
        { kind: "text", name: targetField("follow_up", severity), label: `${name}: first follow-up within (days of the remedy)`, defaultValue: String(t.followUpHours / 24), wide: true },
      ] satisfies FieldSpec[];
    });
  return (
    <>
      <PageHeader title="Settings" subtitle={
          <span className="flex gap-4">
            <Link href="/settings/users" className="text-indigo-700 hover:underline">Users and roles →</Link>
            <Link href="/settings/import" className="text-indigo-700 hover:underline">Import past setbacks →</Link>
            <Link href="/settings/deliveries" className="text-indigo-700 hover:underline">Deliveries →</Link>
          </span>
        } />
      <p role="status" className="mb-6 text-sm text-slate-700">
        {mailStatus().words} <Link href="/settings/deliveries" className="text-indigo-700 underline">See the deliveries</Link>
      </p>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="targets-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="targets-heading" className="mb-1 text-lg font-semibold">Service-level targets</h2>
          <p className="mb-4 text-sm text-slate-600">Measured from discovery (notify, remedy) and from the remedy (first follow-up). Changes apply to the board at once and are recorded.</p>
          <RecordForm action={updateTargetsAction} idPrefix="targets" label="Service-level targets" submitLabel="Save targets" fields={targetFields} />
        </section>
        <section aria-labelledby="org-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="org-heading" className="mb-4 text-lg font-semibold">Organisation</h2>
          <RecordForm
            action={updateOrgSettingsAction}
            idPrefix="org"
            label="Organisation settings"
            submitLabel="Save settings"
            fields={[
              { kind: "text", name: "organisationName", label: "Organisation name", required: true, defaultValue: settings.organisationName, wide: true },
              { kind: "text", name: "currency", label: "Currency", required: true, defaultValue: settings.currency, hint: "Three letters, like EUR" },
              { kind: "amount", name: "approvalThresholdCents", label: "Manager approval above", required: true, defaultValue: centsToInput(settings.approvalThresholdCents) },
              { kind: "text", name: "recurrenceWindowDays", label: "Recurrence window (days)", required: true, defaultValue: String(settings.recurrenceWindowDays) },
              { kind: "text", name: "timeZone", label: "Time zone", required: true, defaultValue: settings.timeZone, hint: "Whole days and “today” are counted here, e.g. Europe/Paris" },
            ]}
          />
        </section>
      </div>
    </>
  );
}
