import { getDb } from "@/db/client";
import { getSetbackRecords } from "@/db/queries/setback-records";
import { can } from "@/lib/auth/roles";
import { formatReference } from "@/lib/setbacks/reference";
import { api, json, problem } from "../../_lib/handler";
import { setbackByRef } from "../../_lib/setback-by-ref";

export const GET = api(async ({ actor, params }) => {
  if (!can(actor.role, "read:setback:any")) return problem(403);
  const detail = await setbackByRef(params.ref);
  if (!detail) return problem(404, `No setback ${params.ref}.`);
  const { lifecycle: _lifecycle, ...records } = await getSetbackRecords(getDb(), detail.setback.id, detail.setback.clientId);
  return json({ reference: formatReference(detail.setback.number), ...detail.setback, clientName: detail.clientName, records });
});
