import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { nowAsLocalInput, viewerTimeZone } from "@/app/_server/viewer";
import { SetbackForm } from "../_components/setback-form";
import { setbackFormOptions } from "../_components/setback-form-options";

export const metadata: Metadata = { title: "Report a setback" };

export default async function NewSetbackPage({ searchParams }: { searchParams: Promise<{ clientId?: string }> }) {
  const actor = await requireActor("create:setback:any");
  const [{ clientId }, options, timeZone] = await Promise.all([searchParams, setbackFormOptions(), viewerTimeZone()]);
  const now = nowAsLocalInput(timeZone);
  if (options.clients.length === 0) {
    return (
      <>
        <PageHeader title="Report a setback" />
        <EmptyState title="There are no clients yet.">
          <Link href="/clients/new" className="text-indigo-700 underline">Create the client</Link> this setback happened to first.
        </EmptyState>
      </>
    );
  }
  return (
    <div className="max-w-3xl">
      <PageHeader title="Report a setback" subtitle="Times are in your time zone; both may be back-dated, never in the future." />
      <SetbackForm
        {...options}
        timeZone={timeZone}
        max={now}
        initial={{
          clientId: typeof clientId === "string" ? clientId : "",
          title: "",
          description: "",
          category: "",
          severity: "",
          fault: "",
          source: "internal",
          occurredAt: now,
          discoveredAt: now,
          impact: "",
          ownerId: String(actor.id),
          estimatedCost: "",
          clientRequest: "",
          clientRequestAt: "",
          sharedWithClient: false,
        }}
      />
    </div>
  );
}
