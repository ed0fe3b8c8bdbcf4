import { NextResponse } from "next/server";
import { refusal } from "@/app/_server/export-response";
import { currentActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { noticeHref } from "@/db/queries/notices";
import { can } from "@/lib/auth/roles";
import { executeCommand } from "@/lib/commands/command";
import { markNoticesReadCommand } from "@/lib/commands/notices";
import { NO_STORE } from "@/lib/security/no-store";

/** GET /notices/:id: opens one of the person's notices — marks it read and goes to its page. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return refusal(401, "Sign in first.");
  if (!can(actor.role, "manage:notifications:own")) return refusal(403, "Your role has no notices.");
  const raw = (await params).id;
  const id = /^\d{1,12}$/.test(raw) ? Number(raw) : null;
  const db = getDb();
  const href = id && actor.id !== null ? noticeHref(db, actor.id, id) : null;
  if (!id || !href) return refusal(404, "No such notice.");
  await executeCommand(db, markNoticesReadCommand, actor, { id });
  // Only a path inside the app: a stored value never sends anyone elsewhere.
  const path = href.startsWith("/") && !href.startsWith("//") ? href : "/inbox";
  // Not cached (NO_STORE): opening a notice marks it read each time it is followed.
  const answer = NextResponse.redirect(new URL(path, request.url), 303);
  for (const [name, value] of Object.entries(NO_STORE)) answer.headers.set(name, value);
  return answer;
}
