import { describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/commands/command";
import { changeRole, createUser, deactivateUser } from "@/lib/commands/users";
import { authenticate } from "@/lib/auth/authenticate";
import { count, freshDb, makeActor } from "../helpers/db";

const rosa = { email: "Rosa@Example.com", name: "Rosa Diaz", role: "member", password: "correct-horse-battery" };

describe("user management", () => {
  it("a member may not create users, and nothing is written", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const before = count(db, "users");
    const result = await executeCommand(db, createUser, member, rosa);
    expect(result).toEqual({ ok: false, status: 403, formError: "Your role (member) may not manage users.", fieldErrors: {} });
    expect(count(db, "users")).toBe(before);
  });

  it("a manager may not change roles", async () => {
    const db = freshDb();
    const manager = makeActor(db, "manager");
    const member = makeActor(db, "member");
    expect(await executeCommand(db, changeRole, manager, { userId: String(member.id), role: "admin" })).toMatchObject({ ok: false, status: 403 });
  });

  it("an admin creates a user whose password is hashed with argon2id and who can sign in", async () => {
    const db = freshDb();
    const admin = makeActor(db, "admin");
    const result = await executeCommand(db, createUser, admin, rosa);
    expect(result.ok).toBe(true);
    const row = db.$client.prepare("select email, password_hash from users where email = ?").get("rosa@example.com") as { password_hash: string };
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(await authenticate(db, "rosa@example.com", rosa.password, "10.0.0.1")).toMatchObject({ ok: true, user: { name: "Rosa Diaz" } });
    expect(await authenticate(db, "rosa@example.com", "wrong-password", "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a second account with the same email", async () => {
    const db = freshDb();
    const admin = makeActor(db, "admin");
    await executeCommand(db, createUser, admin, rosa);
    expect(await executeCommand(db, createUser, admin, { ...rosa, email: "rosa@example.com" })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["A user with this email already exists"] },
    });
  });

  it("a deactivated user cannot sign in, and their history stays", async () => {
    const db = freshDb();
    const admin = makeActor(db, "admin");
    const created = await executeCommand(db, createUser, admin, rosa);
    if (!created.ok) throw new Error("not created");
    expect(await executeCommand(db, deactivateUser, admin, { userId: String(created.value.id) })).toEqual({ ok: true, value: { changed: true } });
    expect(await authenticate(db, "rosa@example.com", rosa.password, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(count(db, "users")).toBe(2);
  });

  it("keeps the last active admin", async () => {
    const db = freshDb();
    const admin = makeActor(db, "admin");
    const other = makeActor(db, "admin");
    expect(await executeCommand(db, deactivateUser, admin, { userId: String(other.id) })).toMatchObject({ ok: true });
    expect(await executeCommand(db, changeRole, admin, { userId: String(admin.id), role: "member" })).toMatchObject({
      ok: false,
      status: 409,
      formError: "This is the last active admin; make another admin first.",
    });
    const selfDeactivation = await executeCommand(db, deactivateUser, admin, { userId: String(admin.id) });
    expect(selfDeactivation).toMatchObject({ ok: false, status: 409, formError: "You cannot deactivate yourself." });
  });

  it("throttles failed sign-ins per account with a growing wait, and a success clears it", async () => {
    const db = freshDb();
    const admin = makeActor(db, "admin");
    await executeCommand(db, createUser, admin, rosa);
    const t0 = 1_800_000_000_000;
    for (let i = 0; i < 5; i++) expect(await authenticate(db, rosa.email, "guess", `10.0.0.${i}`, t0 + i)).toEqual({ ok: false, reason: "invalid" });
    // The fifth failure makes the account wait 1 s — even the right password, from anywhere.
    expect(await authenticate(db, rosa.email, rosa.password, "10.9.9.9", t0 + 4 + 999)).toEqual({ ok: false, reason: "throttled", retryAfterMs: 1 });
    expect(await authenticate(db, rosa.email, "guess", "10.9.9.9", t0 + 4 + 1_000)).toEqual({ ok: false, reason: "invalid" });
    // The sixth: 2 s.
    expect(await authenticate(db, rosa.email, rosa.password, "10.9.9.9", t0 + 1_004 + 1_999)).toMatchObject({ reason: "throttled", retryAfterMs: 1 });
    expect(await authenticate(db, rosa.email.toUpperCase(), rosa.password, "10.9.9.9", t0 + 1_004 + 2_000)).toMatchObject({ ok: true });
    // Cleared by the success: the next wrong password is an ordinary failure again.
    expect(await authenticate(db, rosa.email, "guess", "10.9.9.9", t0 + 5_000)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(db, rosa.email, rosa.password, "10.9.9.9", t0 + 5_001)).toMatchObject({ ok: true });
  });

  it("throttles an address that tries many accounts", async () => {
    const db = freshDb();
    const admin = makeActor(db, "admin");
    await executeCommand(db, createUser, admin, rosa);
    const t0 = 1_800_000_000_000;
    for (let i = 0; i < 20; i++) await authenticate(db, `someone${i}@example.com`, "guess", "203.0.113.7", t0 + i);
    expect(await authenticate(db, rosa.email, rosa.password, "203.0.113.7", t0 + 20)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticate(db, rosa.email, rosa.password, "198.51.100.1", t0 + 20)).toMatchObject({ ok: true });
  });
});
