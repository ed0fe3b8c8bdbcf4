"use server";
import { runFormAction } from "@/app/_server/form-action";
import type { FormState } from "@/app/_components/form-state";
import { createApiToken, revokeOwnApiToken } from "@/lib/commands/tokens";

export async function createTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(createApiToken, formData, { revalidate: ["/settings/tokens"], message: (r) => `Token created. Copy it now — it is shown only once: ${r.token}` });
}

export async function revokeTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(revokeOwnApiToken, formData, { revalidate: ["/settings/tokens"], message: "Token revoked." });
}
