import { asc, eq } from "drizzle-orm";
import { users } from "../schema";
import type { Conn } from "../client";

export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

export async function listUsers(conn: Conn) {
  return conn
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.name))
    .all();
}

/** Active people who can own a setback or a client. */
export async function userOptions(conn: Conn) {
  return conn
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name))
    .all();
}

/** The signed-in person, re-read on every request so a role change or deactivation applies at once. */
export async function findActiveUser(conn: Conn, id: number) {
  const user = conn
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active })
    .from(users)
    .where(eq(users.id, id))
    .get();
  return user?.active ? user : null;
}

export async function findUserForSignIn(conn: Conn, email: string) {
  return (
    conn
      .select({ id: users.id, name: users.name, email: users.email, role: users.role, passwordHash: users.passwordHash, active: users.active, sessionVersion: users.sessionVersion })
      .from(users)
      .where(eq(users.email, email.toLowerCase()))
      .get() ?? null
  );
}

export async function countUsers(conn: Conn): Promise<number> {
  return conn.$count(users);
}

/** What decides whether a session still stands (lib/auth/session-version.ts). */
export function sessionState(conn: Conn, id: number): { active: boolean; sessionVersion: number } | null {
  return conn.select({ active: users.active, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, id)).get() ?? null;
}
