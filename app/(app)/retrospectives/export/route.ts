import { currentActor } from "@/app/_server/session";
import { can } from "@/lib/auth/roles";
import { toMarkdown } from "@/lib/metrics/retrospective";
import { formatDateTime } from "@/lib/time/zoned";
import { loadRetro } from "../load";

/** GET /retrospectives/export?(period parameters): the retrospective as Markdown. */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  if (!can(actor.role, "run:retrospective:any")) return new Response("Your role may not run retrospectives.", { status: 403 });
  const now = Date.now();
  const { retro, period, settings } = await loadRetro(Object.fromEntries(new URL(request.url).searchParams), now);
  const body = toMarkdown(retro, now, (ms) => formatDateTime(ms, settings.timeZone));
  return new Response(body, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="amends-retrospective-${period.label.replace(/\W+/g, "-").toLowerCase()}.md"`,
    },
  });
}
