// Issue 13, finding 6: a session ends on the server when its user signs out, is deactivated, or
// has their role or password changed; the browser tests (e2e/sessions.spec.ts) show it through
// real cookies. These pin the rule and the trigger behind it.
import { describe, expect, it } from "vitest";
import { endSessionsOf, sessionStands } from "@/lib/auth/session-version";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPasswordSync } from "@/lib/auth/password";
import { executeCommand } from "@/lib/commands/command";
import { changeRole, deactivateUser, reactivateUser } from "@/lib/commands/users";
import { freshDb, makeActor } from "../helpers/db";

function signedIn() {
  const db = freshDb();
  const admin = makeActor(db, "admin");
  const manager = makeActor(db, "manager");
  const session = (id: number) => ({ sub: String(id), sv: (db.$client.prepare("select session_version as v from users where id = ?").get(id) as { v: number }).v });
  return { db, admin, manager, adminSession: session(admin.id!), managerSession: session(manager.id!) };
}

describe("a session stands while its user's session version is the one it was signed in under", () => {
  it("ends, with every other of that user, when they sign out", () => {
    const { db, manager, managerSession, adminSession } = signedIn();
    const second = { ...managerSession };
    expect(sessionStands(db, managerSession)).toBe(true);
    endSessionsOf(db, managerSession);
    expect([sessionStands(db, managerSession), sessionStands(db, second)]).toEqual([false, false]);
    expect(sessionStands(db, adminSession)).toBe(true);
    expect(sessionStands(db, { sub: String(manager.id), sv: managerSession.sv + 1 })).toBe(true);
  });

  it("ends when an admin changes the user's role, not the admin's own", async () => {
    const { db, admin, manager, managerSession, adminSession } = signedIn();
    expect(await executeCommand(db, changeRole, admin, { userId: manager.id, role: "manager" })).toMatchObject({ ok: true, value: { changed: false } });
    expect(sessionStands(db, managerSession)).toBe(true);
    expect(await executeCommand(db, changeRole, admin, { userId: manager.id, role: "member" })).toMatchObject({ ok: true, value: { changed: true } });
    expect([sessionStands(db, managerSession), sessionStands(db, adminSession)]).toEqual([false, true]);
  });

  it("ends on deactivation, and does not come back with reactivation", async () => {
    const { db, admin, manager, managerSession } = signedIn();
    await executeCommand(db, deactivateUser, admin, { userId: manager.id });
    expect(sessionStands(db, managerSession)).toBe(false);
    await executeCommand(db, reactivateUser, admin, { userId: manager.id });
    expect(sessionStands(db, managerSession)).toBe(false);
  });

  it("ends when the password changes, whatever code changes it; a new name does not end it", async () => {
    const { db, manager, managerSession } = signedIn();
    db.$client.prepare("update users set name = 'Renamed' where id = ?").run(manager.id);
    expect(sessionStands(db, managerSession)).toBe(true);
    db.$client.prepare("update users set password_hash = ? where id = ?").run(hashPasswordSync("a-new-long-password"), manager.id);
    expect(sessionStands(db, managerSession)).toBe(false);
    // Signing in again gives the current version.
    const email = (db.$client.prepare("select email from users where id = ?").get(manager.id) as { email: string }).email;
    const again = await authenticate(db, email, "a-new-long-password", "127.0.0.1");
    expect(again).toMatchObject({ ok: true, user: { id: manager.id, sessionVersion: managerSession.sv + 1 } });
    expect(sessionStands(db, { sub: String(manager.id), sv: managerSession.sv + 1 })).toBe(true);
  });

  it("refuses a token without a version (signed before versions), with a bad subject, or of an unknown user", () => {
    const { db, managerSession } = signedIn();
    expect(sessionStands(db, { sub: managerSession.sub })).toBe(false);
    expect(sessionStands(db, { sub: managerSession.sub, sv: String(managerSession.sv) })).toBe(false);
    expect(sessionStands(db, { sub: "abc", sv: 0 })).toBe(false);
    expect(sessionStands(db, { sub: "99999", sv: 0 })).toBe(false);
  });
});
