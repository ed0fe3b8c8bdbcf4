"use server";
import { runFormAction } from "@/app/_server/form-action";
import { formAction } from "@/app/_server/server-action";
import { createApiToken, revokeOwnApiToken } from "@/lib/commands/tokens";

export const createTokenAction = formAction((formData) =>
  runFormAction(createApiToken, formData, { revalidate: ["/settings/tokens"], message: (r) => `Token created. Copy it now — it is shown only once: ${r.token}` }),
);

export const revokeTokenAction = formAction((formData) =>
  runFormAction(revokeOwnApiToken, formData, { revalidate: ["/settings/tokens"], message: "Token revoked." }),
);
