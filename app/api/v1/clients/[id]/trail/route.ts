import { getDb } from "@/db/client";
import { clientActivity, clientTrail } from "@/db/queries/audit";
import { getClient } from "@/db/queries/clients";
import { buildTrail } from "@/lib/audit/trail";
import { can } from "@/lib/auth/roles";
import { api, json, problem } from "../../../_lib/handler";

export const GET = api(async ({ actor, params }) => {
  if (!can(actor.role, "read:audit:any")) return problem(403, "Reading a client's trail is for managers and admins.");
  const id = Number(params.id);
  const db = getDb();
  const client = Number.isInteger(id) && id > 0 ? await getClient(db, id) : null;
  if (!client) return problem(404, `No client ${params.id}.`);
  const [comms, activity] = await Promise.all([clientTrail(db, id), clientActivity(db, id)]);
  return json({ client: { id: client.id, name: client.name }, communications: buildTrail(comms, activity, Date.now()) });
});
