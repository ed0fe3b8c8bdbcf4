// The benchmark's floor for pages: server-rendered, reads a few SQLite rows, no session. It
// exists only when the server runs with AMENDS_BENCH=1.
import { notFound } from "next/navigation";
import { benchEnabled } from "@/app/_server/bench";
import { getDb } from "@/db/client";
import { categoryFilterOptions } from "@/db/queries/board";

export const dynamic = "force-dynamic";

export default async function BenchFloorPage() {
  if (!benchEnabled()) notFound();
  const categories = await categoryFilterOptions(getDb());
  return (
    <main className="p-8">
      <h1 className="text-xl font-semibold">Categories</h1>
      <ul>
        {categories.map((c) => (
          <li key={c.value}>{c.label}</li>
        ))}
      </ul>
    </main>
  );
}
