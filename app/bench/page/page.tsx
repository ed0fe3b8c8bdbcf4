// The benchmark's floor for pages: server-rendered, reads a few SQLite rows, no session.
import { FloorContent } from "@/app/_components/floor-content";

export const dynamic = "force-dynamic";

export default function BenchFloorPage() {
  return (
    <main className="p-8">
      <h1 className="text-xl font-semibold">Categories</h1>
      <FloorContent />
    </main>
  );
}
