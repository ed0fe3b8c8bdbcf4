import { getDb } from "@/db/client";
import { clientList } from "@/db/queries/api";
import { can } from "@/lib/auth/roles";
import { createClient } from "@/lib/commands/clients";
import { api, json, problem, runCommand } from "../_lib/handler";

export const GET = api(async ({ actor }) => {
  if (!can(actor.role, "read:client:any")) return problem(403);
  return json({ data: await clientList(getDb()) });
});

export const POST = api(async ({ actor, body }) => runCommand(createClient, actor, body, (v) => json(v, 201)));
