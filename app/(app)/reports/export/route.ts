import { download, refusal } from "@/app/_server/export-response";
import { currentActor } from "@/app/_server/session";
import { can } from "@/lib/auth/roles";
import { toCsv } from "@/lib/csv";
import { loadReport } from "../load";

/** GET /reports/export?table=…&(the report's parameters): one table of the report as CSV. */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return refusal(401, "Sign in first.");
  if (!can(actor.role, "read:report:any")) return refusal(403, "Your role may not read reports.");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const report = await loadReport(params, Date.now());
  const table = report.tables.find((t) => t.id === params.table);
  if (!table) return refusal(404, "No such table.");
  return download(toCsv(table.columns, table.rows), "text/csv; charset=utf-8", `amends-${table.id}-${report.period.label.replace(/\W+/g, "-").toLowerCase()}.csv`);
}
