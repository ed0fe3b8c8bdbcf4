import { getDb } from "@/db/client";
import { databaseHealth } from "@/db/health";

export const dynamic = "force-dynamic";

/**
 * GET /api/health, for a load balancer or a monitor; no sign-in, and nothing in it a stranger
 * could use (no path, size or version). 200 when the database reads, writes and is migrated;
 * 503 otherwise, with what is wrong: "degraded" while reads still work, "down" when they do not.
 */
export async function GET(): Promise<Response> {
  const database = databaseHealth(getDb);
  const ok = database.readable && database.writable && database.migrations === "current";
  const status = ok ? "ok" : database.readable ? "degraded" : "down";
  return Response.json({ status, database }, { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
