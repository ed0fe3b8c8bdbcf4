import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/app/_components/empty-state";
import { LinkButton } from "@/app/_components/link-button";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { listClients } from "@/db/queries/clients";

export const metadata: Metadata = { title: "Clients" };

export default async function ClientsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requireActor("read:client:any");
  const { q } = await searchParams;
  const search = typeof q === "string" ? q.slice(0, 200) : "";
  const clients = await listClients(getDb(), search);
  return (
    <>
      <PageHeader title="Clients" actions={<LinkButton href="/clients/new">New client</LinkButton>} />
      <form role="search" className="mb-4 flex gap-2" action="/clients">
        <label htmlFor="client-search" className="sr-only">
          Search clients by name
        </label>
        <input id="client-search" name="q" type="search" defaultValue={search} placeholder="Search by name" className="w-full max-w-sm rounded-md border border-slate-300 px-3 py-2 text-sm" />
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm">
          Search
        </button>
      </form>
      {clients.length === 0 ? (
        <EmptyState title={search ? `No client matches “${search}”.` : "No clients yet."}>
          {search ? <Link href="/clients" className="text-indigo-700 underline">Show all clients</Link> : "Create the first one to report a setback for it."}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Name</th>
                <th scope="col" className="px-4 py-2 font-medium">Account owner</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">Open setbacks</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">All setbacks</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {clients.map((c) => (
                <tr key={c.id}>
                  <td className="px-4 py-2">
                    <Link href={`/clients/${c.id}`} className="font-medium text-indigo-700 hover:underline">{c.name}</Link>
                  </td>
                  <td className="px-4 py-2 text-slate-700">{c.accountOwner ?? "—"}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{c.openSetbacks}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{c.totalSetbacks}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
