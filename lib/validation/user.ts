import { z } from "zod";
import { ROLES } from "../auth/roles";
import { choice, email, id, requiredText } from "./fields";

export const PASSWORD_MIN = 10;

export const password = z
  .string({ error: "Password is required" })
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters`)
  .max(200, "Password must be at most 200 characters");

export const newUserInput = z.object({
  email: email(),
  name: requiredText("Name", 200),
  role: choice("a role", ROLES),
  password,
});

export const changeRoleInput = z.object({ userId: id("a user"), role: choice("a role", ROLES) });
export const userIdInput = z.object({ userId: id("a user") });

export const signInInput = z.object({
  email: email(),
  password: z.string({ error: "Password is required" }).min(1, "Password is required").max(200),
});
