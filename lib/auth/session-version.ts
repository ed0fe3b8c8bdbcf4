// Sessions are sealed cookies (JWT), which the server cannot delete; they are ended on the server
// by the user's session version instead. Every session carries the version it was signed in
// under, and stands only while the user is active and that version is still current: signing
// out, deactivation, and a change of role or password move it on (db/writes/users.ts, and a
// trigger in migration session_version), and every session of the user ends at once.
import type { Conn } from "../../db/client";
import { sessionState } from "../../db/queries/users";
import { endSessions } from "../../db/writes/users";

/** The claims of a session token this rule reads: the user id (`sub`) and the version (`sv`). */
export interface SessionClaims {
  sub?: string;
  sv?: unknown;
}

/** True while the session's user is active and has not ended their sessions since it began. */
export function sessionStands(conn: Conn, claims: SessionClaims): boolean {
  const id = Number(claims.sub);
  // A token without a version (signed before versions existed) is refused: one sign-in more.
  if (!Number.isInteger(id) || id <= 0 || typeof claims.sv !== "number") return false;
  const user = sessionState(conn, id);
  return user !== null && user.active && user.sessionVersion === claims.sv;
}

/** Signing out: this session and every other of the same user end, on every device. */
export function endSessionsOf(conn: Conn, claims: SessionClaims | null | undefined): void {
  const id = Number(claims?.sub);
  if (Number.isInteger(id) && id > 0) conn.transaction((tx) => endSessions(tx, id), { behavior: "immediate" });
}
