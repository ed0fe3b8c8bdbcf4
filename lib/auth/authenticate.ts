import type { Conn } from "../../db/client";
import { findUserForSignIn } from "../../db/queries/users";
import { dummyPasswordHash, verifyPassword } from "./password";

/** The user whose email and password these are, if they may sign in; null otherwise. */
export async function authenticate(conn: Conn, email: string, password: string) {
  const user = await findUserForSignIn(conn, email);
  const matches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !matches || !user.active) return null;
  return { id: user.id, name: user.name, email: user.email };
}
