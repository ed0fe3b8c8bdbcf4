"use server";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { signIn } from "@/app/_server/auth";
import { addressKeyOf } from "@/app/_server/client-address";
import { getDb } from "@/db/client";
import { signInWait } from "@/lib/auth/authenticate";
import { describeWait } from "@/lib/auth/throttle";
import { sameSitePath } from "@/lib/security/same-site-path";
import { fieldErrorsOf } from "@/lib/commands/command";
import { signInInput } from "@/lib/validation/user";
import { formAction } from "@/app/_server/server-action";
import type { FormState } from "@/app/_components/form-state";

export const signInAction = formAction(async (formData): Promise<FormState> => {
  const email = String(formData.get("email") ?? "");
  const parsed = signInInput.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: { email } };
  const address = addressKeyOf(await headers());
  const throttled = () => {
    const wait = signInWait(getDb(), parsed.data.email, address, Date.now());
    return wait > 0 ? { ok: false, formError: `Too many failed sign-ins. Try again in ${describeWait(wait)}.`, values: { email } } : null;
  };
  const waiting = throttled();
  if (waiting) return waiting;
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: sameSitePath(formData.get("next")) });
  } catch (error) {
    if (error instanceof AuthError) {
      const nowWaiting = throttled();
      if (nowWaiting) return nowWaiting;
      return { ok: false, formError: "That email and password do not match an active account.", values: { email } };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { ok: true };
});
