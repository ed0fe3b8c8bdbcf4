// What both benchmark floor pages render (npm run bench): a few SQLite rows as a list. The
// pages exist only when the server runs with AMENDS_BENCH=1.
import { notFound } from "next/navigation";
import { benchEnabled } from "@/app/_server/bench";
import { getDb } from "@/db/client";
import { categoryFilterOptions } from "@/db/queries/board";

export async function FloorContent() {
  if (!benchEnabled()) notFound();
  const categories = await categoryFilterOptions(getDb());
  return (
    <ul>
      {categories.map((c) => (
        <li key={c.value}>{c.label}</li>
      ))}
    </ul>
  );
}
