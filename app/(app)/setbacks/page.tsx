import type { Metadata } from "next";
import { LinkButton } from "@/app/_components/link-button";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { viewerTimeZone } from "@/app/_server/viewer";
import { getDb } from "@/db/client";
import { clientChoice } from "@/db/queries/clients";
import { LIST_LIMIT, listSetbacks } from "@/db/queries/setbacks";
import { setbackListFilter } from "@/lib/validation/setback";
import { SetbackFilters } from "./_components/setback-filters";
import { SetbackTable } from "./_components/setback-table";

export const metadata: Metadata = { title: "Setbacks" };

export default async function SetbacksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireActor("read:setback:any");
  const filter = setbackListFilter.parse(await searchParams);
  const db = getDb();
  const [{ rows, more }, clients, timeZone] = await Promise.all([listSetbacks(db, filter), clientChoice(db), viewerTimeZone()]);
  const filtered = Boolean(filter.q || filter.stage || filter.severity || filter.clientId || filter.client);
  return (
    <>
      <PageHeader
        title="Setbacks"
        subtitle={more ? `The newest ${LIST_LIMIT} shown; narrow the filters to see others.` : `${rows.length} shown`}
        actions={<LinkButton href="/setbacks/new">Report a setback</LinkButton>}
      />
      <SetbackFilters filter={filter} clients={clients} />
      <SetbackTable rows={rows} timeZone={timeZone} emptyTitle={filtered ? "No setback matches these filters." : "No setbacks yet — good."} />
    </>
  );
}
