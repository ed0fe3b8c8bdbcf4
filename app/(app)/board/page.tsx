import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/app/_components/empty-state";
import { LinkButton } from "@/app/_components/link-button";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { boardView, categoryFilterOptions, serviceLevelTargetList } from "@/db/queries/board";
import { clientChoice } from "@/db/queries/clients";
import { userOptions } from "@/db/queries/users";
import { arrangeBoard } from "@/lib/setbacks/board";
import { labelOf } from "@/lib/setbacks/vocabulary";
import { boardFilter, boardQuery, type BoardFilter } from "@/lib/validation/board";
import { BoardCard } from "./_components/board-card";
import { BoardFilters } from "./_components/board-filters";

export const metadata: Metadata = { title: "Board" };

/** A column shows its most urgent cards; the rest are counted and a filter away. */
const CARDS_PER_COLUMN = 8;

/** The setbacks list showing a whole column: its stage, and the filters the list also has. */
function listQuery(stage: string, filter: BoardFilter): string {
  const params = new URLSearchParams({ stage });
  for (const key of ["severity", "clientId", "client"] as const) if (filter[key] !== undefined) params.set(key, String(filter[key]));
  return `?${params}`;
}

function clock() {
  return Date.now();
}

export default async function BoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const actor = await requireActor("read:setback:any");
  const filter = boardFilter.parse(await searchParams);
  const db = getDb();
  const now = clock();
  const [{ cards, totals, steps }, targets, owners, clients, categories] = await Promise.all([
    boardView(db, filter, actor.id, now, CARDS_PER_COLUMN),
    serviceLevelTargetList(db),
    userOptions(db),
    clientChoice(db),
    categoryFilterOptions(db),
  ]);
  const board = arrangeBoard(cards, targets, now, { breachedOnly: filter.breached === "1", closed: filter.closed === "1", totals });
  const shown = board.columns.reduce((n, c) => n + c.cards.length, 0);
  const filtered = Object.values(filter).some((v) => v !== undefined);
  return (
    <>
      <PageHeader
        title="Board"
        subtitle={
          <span role="status">
            {filter.closed ? `${shown} closed setbacks shown` : `${board.open} open · `}
            {filter.closed ? null : <strong className={board.breached ? "text-red-700" : ""}>{board.breached} breached</strong>}
          </span>
        }
        actions={<LinkButton href="/setbacks/new">Report a setback</LinkButton>}
      />
      <nav aria-label="Quick views" className="mb-3 flex flex-wrap gap-3 text-sm">
        <Link href={`/board${boardQuery(filter, { owner: "mine" })}`} className="text-indigo-700 hover:underline">Mine</Link>
        <Link href={`/board${boardQuery(filter, { breached: "1" })}`} className="text-indigo-700 hover:underline">Breached only</Link>
        <Link href="/board?closed=1" className="text-indigo-700 hover:underline">Closed</Link>
      </nav>
      <BoardFilters
        filter={filter}
        owners={owners.map((u) => ({ value: u.id, label: u.name }))}
        clients={clients}
        categories={categories}
      />
      {shown === 0 ? (
        <div className="mt-6">
          <EmptyState title={filtered ? "No setback matches this view." : "No setbacks waiting — good."}>
            {filtered ? <Link href="/board" className="text-indigo-700 underline">Show the whole board</Link> : null}
          </EmptyState>
        </div>
      ) : (
        <div className="mt-6 flex flex-col gap-4 md:grid md:auto-cols-[minmax(13rem,1fr)] md:grid-flow-col md:overflow-x-auto md:pb-2">
          {board.columns.map((column) => (
            <section key={column.stage} aria-labelledby={`col-${column.stage}`} className="min-w-0 rounded-lg bg-slate-100 p-2">
              <h2 id={`col-${column.stage}`} className="mb-2 flex items-baseline justify-between gap-2 px-1 text-sm font-semibold text-slate-800">
                <span>{labelOf(column.stage)}</span>
                <span className="text-xs font-normal text-slate-600">
                  {column.total}
                  {column.breached ? <strong className="ml-1 text-red-700">· {column.breached} breached</strong> : null}
                </span>
              </h2>
              <div className="space-y-2">
                {column.cards.length === 0 ? <p className="px-1 py-4 text-center text-xs text-slate-500">Nothing here</p> : null}
                {column.cards.map((card) => (
                  <BoardCard key={card.id} card={card} now={now} step={steps[card.id] ?? null} />
                ))}
                {column.total > column.cards.length ? (
                  <p className="px-1 py-2 text-xs text-slate-600">
                    The {column.cards.length} most urgent of {column.total}.{" "}
                    <Link href={`/setbacks${listQuery(column.stage, filter)}`} className="text-indigo-700 underline">
                      List them all<span className="sr-only"> in {labelOf(column.stage)}</span>
                    </Link>
                  </p>
                ) : null}
              </div>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
