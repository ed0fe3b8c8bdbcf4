import { currentActor } from "@/app/_server/session";
import { can } from "@/lib/auth/roles";
import { toCsv } from "@/lib/csv";
import { loadReport } from "../load";

/** GET /reports/export?table=…&(the report's parameters): one table of the report as CSV. */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  if (!can(actor.role, "read:report:any")) return new Response("Your role may not read reports.", { status: 403 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const report = await loadReport(params, Date.now());
  const table = report.tables.find((t) => t.id === params.table);
  if (!table) return new Response("No such table.", { status: 404 });
  return new Response(toCsv(table.columns, table.rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="amends-${table.id}-${report.period.label.replace(/\W+/g, "-").toLowerCase()}.csv"`,
    },
  });
}
