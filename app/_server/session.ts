import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { findActiveUser } from "@/db/queries/users";
import { can, type Permission } from "@/lib/auth/roles";
import { signInPathFrom } from "@/lib/auth/session-ended";
import { sameSitePath } from "@/lib/security/same-site-path";
import { PAGE_PATH_HEADER } from "@/lib/security/page-path";
import type { Actor } from "@/lib/commands/command";
import { auth } from "./auth";

/** The signed-in, still active user; re-read from the database once per request. */
export const currentActor = cache(async (): Promise<(Actor & { email: string }) | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = await findActiveUser(getDb(), id);
  return user ? { id: user.id, name: user.name, email: user.email, role: user.role } : null;
});

/** For pages: anonymous visitors go to the sign-in page, the wrong role gets a 403 page. */
export async function requireActor(permission?: Permission) {
  const actor = await currentActor();
  // Back to this page after signing in again (proxy.ts names it; absent outside pages).
  if (!actor) redirect(signInPathFrom(sameSitePath((await headers()).get(PAGE_PATH_HEADER))));
  if (permission && !can(actor.role, permission)) forbidden();
  return actor;
}
