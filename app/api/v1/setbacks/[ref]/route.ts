import { getDb } from "@/db/client";
import { getSetbackRecords } from "@/db/queries/setback-records";
import { can } from "@/lib/auth/roles";
import { editSetback } from "@/lib/commands/setbacks";
import { formatReference } from "@/lib/setbacks/reference";
import { api, json, problem, runCommand } from "../../_lib/handler";
import { setbackByRef, withSetback } from "../../_lib/setback-by-ref";

export const GET = api(async ({ actor, params }) => {
  if (!can(actor.role, "read:setback:any")) return problem(403);
  const detail = await setbackByRef(params.ref);
  if (!detail) return problem(404, `No setback ${params.ref}.`);
  const { lifecycle: _lifecycle, ...records } = await getSetbackRecords(getDb(), detail.setback);
  return json({ reference: formatReference(detail.setback.number), ...detail.setback, clientName: detail.clientName, records });
});

/**
 * Changes some of a setback's fields (e.g. `clientTitle`, what the client's status page calls
 * it): the fields sent replace the stored ones, the others stay; `version` guards a lost update.
 */
export const PATCH = api(async ({ actor, params, body }) => {
  const detail = await setbackByRef(params.ref);
  if (!detail) return problem(404, `No setback ${params.ref}.`);
  if (!body || typeof body !== "object" || Array.isArray(body)) return problem(400, "Send a JSON object of the fields to change, e.g. {\"clientTitle\": \"Your order of 3 March\"}.");
  const s = detail.setback;
  const stored = {
    clientId: s.clientId, title: s.title, clientTitle: s.clientTitle, description: s.description, category: s.category, severity: s.severity, fault: s.fault,
    source: s.source, occurredAt: s.occurredAt, discoveredAt: s.discoveredAt, impact: s.impact, ownerId: s.ownerId, estimatedCostCents: s.estimatedCostCents,
    clientRequest: s.clientRequest, clientRequestAt: s.clientRequestAt, sharedWithClient: s.sharedWithClient, version: s.version,
  };
  // Amounts are sent as the form sends them (cents are what is stored): 12.50, not 1250.
  const input = { ...stored, estimatedCostCents: s.estimatedCostCents === null ? null : (s.estimatedCostCents / 100).toFixed(2), ...withSetback(body, s.id) };
  return runCommand(editSetback, actor, input, (r) => json(r));
});
