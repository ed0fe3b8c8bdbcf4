// The benchmark's floor for signed-in pages: the app's layout and session check around a page
// that reads a few SQLite rows. It exists only when the server runs with AMENDS_BENCH=1.
import { notFound } from "next/navigation";
import { benchEnabled } from "@/app/_server/bench";
import { getDb } from "@/db/client";
import { categoryFilterOptions } from "@/db/queries/board";

export default async function SignedInFloorPage() {
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
