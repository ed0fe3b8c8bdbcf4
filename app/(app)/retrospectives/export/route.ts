import { download, refusal } from "@/app/_server/export-response";
import { currentActor } from "@/app/_server/session";
import { can } from "@/lib/auth/roles";
import { toMarkdown } from "@/lib/metrics/retrospective";
import { formatDateTime } from "@/lib/time/zoned";
import { loadRetro } from "../load";

/** GET /retrospectives/export?(period parameters): the retrospective as Markdown. */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return refusal(401, "Sign in first.");
  if (!can(actor.role, "run:retrospective:any")) return refusal(403, "Your role may not run retrospectives.");
  const now = Date.now();
  const { retro, period, settings } = await loadRetro(Object.fromEntries(new URL(request.url).searchParams), now);
  const body = toMarkdown(retro, now, (ms) => formatDateTime(ms, settings.timeZone));
  return download(body, "text/markdown; charset=utf-8", `amends-retrospective-${period.label.replace(/\W+/g, "-").toLowerCase()}.md`);
}
