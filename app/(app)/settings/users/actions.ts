"use server";
import { runFormAction } from "@/app/_server/form-action";
import type { FormState } from "@/app/_components/form-state";
import { changeRole, createUser, deactivateUser, reactivateUser } from "@/lib/commands/users";

const PATH = "/settings/users";

export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(createUser, formData, { revalidate: [PATH], message: "User created. Give them their password in person." });
}

export async function changeRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(changeRole, formData, { revalidate: [PATH], message: "Role changed." });
}

export async function deactivateUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(deactivateUser, formData, { revalidate: [PATH], message: "User deactivated." });
}

export async function reactivateUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(reactivateUser, formData, { revalidate: [PATH], message: "User reactivated." });
}
