import { z } from "zod";
import { id, optionalText, requiredText } from "./fields";

export const FEEDBACK_MAX = 5_000;

/** The public form. `website` is a honeypot: people never see it, bots fill it in. */
export const feedbackInput = z.object({
  what: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.string({ error: "Tell us what happened" }).min(1, "Tell us what happened").max(FEEDBACK_MAX, `Please keep this under ${FEEDBACK_MAX.toLocaleString("en")} characters`),
  ),
  impact: optionalText("How it affects you", FEEDBACK_MAX),
  reach: optionalText("How to reach you", 500),
  website: optionalText("Website", 500),
});

export const newFeedbackLinkInput = z.object({ clientId: id("a client"), label: requiredText("Label", 100) });
export const feedbackLinkIdInput = z.object({ linkId: id("a link") });
