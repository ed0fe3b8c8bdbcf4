"use server";
import { signOut } from "@/app/_server/auth";

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
