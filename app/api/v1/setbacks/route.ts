import { getDb } from "@/db/client";
import { setbackPage } from "@/db/queries/api";
import { fieldErrorsOf } from "@/lib/commands/command";
import { can } from "@/lib/auth/roles";
import { reportSetback } from "@/lib/commands/setbacks";
import { formatReference } from "@/lib/setbacks/reference";
import { setbackListQuery } from "@/lib/api/schemas";
import { api, json, problem, runCommand } from "../_lib/handler";

export const GET = api(async ({ actor, url }) => {
  if (!can(actor.role, "read:setback:any")) return problem(403);
  const query = setbackListQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return problem(400, "Check the query parameters.", fieldErrorsOf(query.error));
  const { cursor, limit, ...filter } = query.data;
  const page = await setbackPage(getDb(), filter, cursor, limit);
  return json({ data: page.rows.map((s) => ({ reference: formatReference(s.number), ...s })), nextCursor: page.nextCursor });
});

export const POST = api(async ({ actor, body }) =>
  runCommand(reportSetback, actor, body, (v) => json({ id: v.id, reference: v.reference, url: `/api/v1/setbacks/${v.reference}` }, 201)),
);
