import type { Conn } from "../../db/client";
import { findUserForSignIn } from "../../db/queries/users";
import { bestEffortWrite } from "../../db/storage-errors";
import { clearFailures, failureRecords, recordFailure } from "../../db/writes/sign-in-failures";
import { dummyPasswordHash, verifyPassword } from "./password";
import { THROTTLE, waitFor } from "./throttle";

export type SignInResult =
  | { ok: true; user: { id: number; name: string; email: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

function throttleKeys(email: string, address: string) {
  return { account: `account:${email.trim().toLowerCase()}`, address: `address:${address}` };
}

/** How long this account or address must still wait before trying again (0: not at all). */
export function signInWait(conn: Conn, email: string, address: string, now: number): number {
  const keys = throttleKeys(email, address);
  const records = failureRecords(conn, [keys.account, keys.address]);
  return Math.max(waitFor(records.get(keys.account), THROTTLE.account.free, now), waitFor(records.get(keys.address), THROTTLE.address.free, now));
}

/**
 * The user whose email and password these are, if they may sign in. Failures are counted per
 * account and per address, and while either must wait the password is not even checked.
 * The counts are notes: when the database cannot be written (full, read-only) a right password
 * still signs in and a wrong one is still refused, only not counted.
 */
export async function authenticate(conn: Conn, email: string, password: string, address: string, now = Date.now()): Promise<SignInResult> {
  const retryAfterMs = signInWait(conn, email, address, now);
  if (retryAfterMs > 0) return { ok: false, reason: "throttled", retryAfterMs };
  const keys = throttleKeys(email, address);
  const user = await findUserForSignIn(conn, email);
  const matches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !matches || !user.active) {
    bestEffortWrite(() => conn.transaction((tx) => recordFailure(tx, [keys.account, keys.address], now)));
    return { ok: false, reason: "invalid" };
  }
  bestEffortWrite(() => clearFailures(conn, keys.account));
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
}
