"use server";
import { signOut } from "@/app/_server/auth";
import { noInputAction } from "@/app/_server/server-action";

// The sign-out button posts its form; nothing in it is read.
export const signOutAction = noInputAction(async (): Promise<void> => {
  await signOut({ redirectTo: "/login" });
});
