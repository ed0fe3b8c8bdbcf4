// Admin's user management. History stays: users are deactivated, never deleted.
import { appendEvent } from "../../db/audit";
import { countActiveAdmins, insertUser, loadUser, loadUserByEmail, updateUser } from "../../db/writes/users";
import { hashPasswordSync } from "../auth/password";
import { changeRoleInput, newUserInput, userIdInput } from "../validation/user";
import { command, CommandError } from "./command";

export const createUser = command({
  does: "manage users",
  permission: "manage:user:any",
  schema: newUserInput,
  run(tx, input, actor) {
    if (loadUserByEmail(tx, input.email)) throw CommandError.field("email", "A user with this email already exists");
    const now = Date.now();
    const id = insertUser(tx, {
      email: input.email,
      name: input.name,
      role: input.role,
      passwordHash: hashPasswordSync(input.password),
      active: true,
      createdAt: now,
    });
    appendEvent(tx, { kind: "user.created", actorId: actor.id, data: { userId: id, email: input.email, name: input.name, role: input.role } });
    return { id };
  },
});

function loadTarget(tx: Parameters<typeof loadUser>[0], userId: number) {
  const user = loadUser(tx, userId);
  if (!user) throw CommandError.notFound("That user");
  return user;
}

/** An organisation must keep one active admin, or nobody could manage users again. */
function keepOneAdmin(tx: Parameters<typeof loadUser>[0], user: { role: string; active: boolean }) {
  if (user.role === "admin" && user.active && countActiveAdmins(tx) <= 1) {
    throw CommandError.conflict("This is the last active admin; make another admin first.");
  }
}

export const changeRole = command({
  does: "manage users",
  permission: "manage:user:any",
  schema: changeRoleInput,
  run(tx, input, actor) {
    const user = loadTarget(tx, input.userId);
    if (user.role === input.role) return { changed: false };
    if (input.role !== "admin") keepOneAdmin(tx, user);
    updateUser(tx, user.id, { role: input.role });
    appendEvent(tx, {
      kind: "user.updated",
      actorId: actor.id,
      data: { userId: user.id, changes: { role: { from: user.role, to: input.role } } },
    });
    return { changed: true };
  },
});

export const deactivateUser = command({
  does: "manage users",
  permission: "manage:user:any",
  schema: userIdInput,
  run(tx, input, actor) {
    const user = loadTarget(tx, input.userId);
    if (user.id === actor.id) throw CommandError.conflict("You cannot deactivate yourself.");
    if (!user.active) return { changed: false };
    keepOneAdmin(tx, user);
    updateUser(tx, user.id, { active: false, deactivatedAt: Date.now() });
    appendEvent(tx, { kind: "user.deactivated", actorId: actor.id, data: { userId: user.id, email: user.email } });
    return { changed: true };
  },
});

export const reactivateUser = command({
  does: "manage users",
  permission: "manage:user:any",
  schema: userIdInput,
  run(tx, input, actor) {
    const user = loadTarget(tx, input.userId);
    if (user.active) return { changed: false };
    updateUser(tx, user.id, { active: true, deactivatedAt: null });
    appendEvent(tx, { kind: "user.reactivated", actorId: actor.id, data: { userId: user.id, email: user.email } });
    return { changed: true };
  },
});
