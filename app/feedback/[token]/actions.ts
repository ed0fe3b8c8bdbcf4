"use server";
import { revalidatePath } from "next/cache";
import { clientAddressKey, countLinkGuess, limits } from "@/app/_server/limits";
import { formDataToObject } from "@/app/_server/form-action";
import { formAction } from "@/app/_server/server-action";
import type { FormState } from "@/app/_components/form-state";
import { getDb } from "@/db/client";
import { receiveFeedback } from "@/lib/commands/feedback";

/** Public: no session. The token is checked again here, not trusted from the page. */
export const submitFeedbackAction = formAction(async (formData): Promise<FormState> => {
  const raw = formDataToObject(formData);
  const { feedbackPerLink, feedbackPerAddress } = limits();
  const result = receiveFeedback(getDb(), {
    token: String(raw.token ?? ""),
    address: await clientAddressKey(),
    input: raw,
    now: Date.now(),
    perLink: feedbackPerLink,
    perAddress: feedbackPerAddress,
  });
  if (!result.ok && result.status === 404) {
    await countLinkGuess(); // a guess, as on the page (proxy.ts makes a guesser wait)
    return { ok: false, formError: "This link no longer works. Please contact us directly.", answeredAt: Date.now() };
  }
  if (!result.ok) {
    const values = { what: String(raw.what ?? ""), when: String(raw.when ?? ""), impact: String(raw.impact ?? ""), reach: String(raw.reach ?? "") };
    return { ok: false, formError: result.formError, fieldErrors: result.fieldErrors, values, answeredAt: Date.now() };
  }
  // Their report now heads the list below the form.
  revalidatePath("/feedback/[token]", "page");
  // Their reference, to quote when they write again; it also appears in their list below.
  const message = result.reference
    ? `Thank you — we have it as ${result.reference}. The team has your message and will be in touch.`
    : "Thank you for telling us. The team has your message and will be in touch.";
  return { ok: true, message, answeredAt: Date.now() };
});
