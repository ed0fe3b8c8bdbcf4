import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkButton } from "@/app/_components/link-button";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { clientFeedbackLinks } from "@/db/queries/feedback";
import { can } from "@/lib/auth/roles";
import { viewerTimeZone } from "@/app/_server/viewer";
import { getDb } from "@/db/client";
import { getClient } from "@/db/queries/clients";
import { clientSetbacks } from "@/db/queries/setbacks";
import { userOptions } from "@/db/queries/users";
import { SetbackTable } from "../../setbacks/_components/setback-table";
import { ArchiveContactButton } from "../_components/archive-contact-button";
import { ClientForm } from "../_components/client-form";
import { ClientLinks } from "../_components/client-links";
import { ContactForm } from "../_components/contact-form";

type Params = { params: Promise<{ id: string }> };

async function load(idText: string) {
  const id = Number(idText);
  return Number.isInteger(id) && id > 0 ? getClient(getDb(), id) : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const client = await load((await params).id);
  return { title: client?.name ?? "Client" };
}

export default async function ClientPage({ params }: Params) {
  const actor = await requireActor("read:client:any");
  const client = await load((await params).id);
  if (!client) notFound();
  const db = getDb();
  const mayManageLinks = can(actor.role, "manage:feedback-link:any");
  const [setbacks, owners, timeZone, links] = await Promise.all([
    clientSetbacks(db, client.id),
    userOptions(db),
    viewerTimeZone(),
    mayManageLinks ? clientFeedbackLinks(db, client.id) : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeader
        title={client.name}
        subtitle={`Account owner: ${client.accountOwner ?? "nobody yet"}`}
        actions={<LinkButton href={`/setbacks/new?clientId=${client.id}`}>Report a setback</LinkButton>}
      />
      <section aria-labelledby="setbacks-heading" className="mb-10">
        <h2 id="setbacks-heading" className="mb-3 text-lg font-semibold">Setbacks</h2>
        <SetbackTable rows={setbacks} timeZone={timeZone} emptyTitle="No setbacks for this client — good." showClient={false} />
      </section>
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="contacts-heading" className="min-w-0">
          <h2 id="contacts-heading" className="mb-3 text-lg font-semibold">Contacts</h2>
          {client.contacts.length === 0 ? <p className="mb-4 text-sm text-slate-600">No contacts yet.</p> : null}
          <ul className="mb-6 space-y-3">
            {client.contacts.map((c) => (
              <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <div className="flex items-start justify-between gap-4">
                  <div className="min-w-0 break-words">
                    <p className="font-medium">{c.name}</p>
                    <p className="text-sm text-slate-600">{[c.role, c.email, c.phone].filter(Boolean).join(" · ") || "No details"}</p>
                  </div>
                  <ArchiveContactButton contactId={c.id} name={c.name} />
                </div>
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm text-indigo-700">Edit {c.name}</summary>
                  <div className="mt-3">
                    <ContactForm clientId={client.id} contact={c} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
          <h3 className="mb-2 font-medium">Add a contact</h3>
          <ContactForm clientId={client.id} />
        </section>
        <section aria-labelledby="details-heading" className="min-w-0">
          <h2 id="details-heading" className="mb-3 text-lg font-semibold">Client details</h2>
          <ClientForm owners={owners.map((u) => ({ value: u.id, label: u.name }))} client={client} />
        </section>
      </div>
      {mayManageLinks ? <ClientLinks clientId={client.id} links={links} timeZone={timeZone} /> : null}
      {can(actor.role, "read:audit:any") ? (
        <section aria-labelledby="trail-heading" className="mt-10">
          <h2 id="trail-heading" className="mb-1 text-lg font-semibold">Communication trail</h2>
          <p className="mb-3 text-sm text-slate-600">Every message sent or received about every setback of this client, in time order, with each promise and whether it was kept.</p>
          <div className="flex gap-4 text-sm">
            <a href={`/clients/${client.id}/trail?format=csv`} className="text-indigo-700 hover:underline" download>Export the trail (CSV)</a>
            <a href={`/clients/${client.id}/trail?format=json`} className="text-indigo-700 hover:underline" download>Export the trail (JSON)</a>
            <a href={`/audit?show=communications&clientId=${client.id}`} className="text-indigo-700 hover:underline">Search it</a>
          </div>
        </section>
      ) : null}
    </>
  );
}
