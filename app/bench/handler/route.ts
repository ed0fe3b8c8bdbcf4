// The benchmark's floor (npm run bench): the cheapest route handler Next.js can serve. It
// exists only when the server runs with AMENDS_BENCH=1.
import { benchEnabled } from "@/app/_server/bench";

export function GET() {
  if (!benchEnabled()) return new Response("Not found", { status: 404 });
  return Response.json({ ok: true });
}
