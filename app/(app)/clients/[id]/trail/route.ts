import { download, refusal } from "@/app/_server/export-response";
import { currentActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { clientActivity, clientTrail } from "@/db/queries/audit";
import { getClient } from "@/db/queries/clients";
import { buildTrail, TRAIL_COLUMNS, trailRows } from "@/lib/audit/trail";
import { can } from "@/lib/auth/roles";
import { toCsv } from "@/lib/csv";

/** GET /clients/:id/trail?format=csv|json: every communication about the client, promises judged. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return refusal(401, "Sign in first.");
  if (!can(actor.role, "read:audit:any")) return refusal(403, "Your role may not read the audit trail.");
  const id = Number((await params).id);
  const db = getDb();
  const client = Number.isInteger(id) && id > 0 ? await getClient(db, id) : null;
  if (!client) return refusal(404, "No such client.");
  const [comms, activity] = await Promise.all([clientTrail(db, id), clientActivity(db, id)]);
  const entries = buildTrail(comms, activity, Date.now());
  const slug = client.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || `client-${id}`;
  const format = new URL(request.url).searchParams.get("format") === "json" ? "json" : "csv";
  const body = format === "json" ? JSON.stringify({ client: { id: client.id, name: client.name }, exportedAt: new Date().toISOString(), communications: entries }, null, 2) : toCsv(TRAIL_COLUMNS, trailRows(entries));
  return download(body, format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8", `amends-trail-${slug}.${format}`);
}
