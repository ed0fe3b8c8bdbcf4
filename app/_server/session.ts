import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { findActiveUser } from "@/db/queries/users";
import { can, type Permission } from "@/lib/auth/roles";
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
  if (!actor) redirect("/login");
  if (permission && !can(actor.role, permission)) forbidden();
  return actor;
}
