import { z } from "zod";
import { id, optionalPastInstant, optionalText, requiredText, withLocalTimes } from "./fields";

export const FEEDBACK_MAX = 5_000;

/**
 * The public form. `website` is a honeypot: people never see it, bots fill it in. `when` is the
 * client's own answer to "When did it happen?", a local time in the organisation's zone (the
 * server sets `timeZone`, never the form); blank is "not known yet" (docs/decisions/013).
 */
export const feedbackInput = withLocalTimes(z.object({
  what: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.string({ error: "Tell us what happened" }).min(1, "Tell us what happened").max(FEEDBACK_MAX, `Please keep this under ${FEEDBACK_MAX.toLocaleString("en")} characters`),
  ),
  impact: optionalText("How it affects you", FEEDBACK_MAX),
  reach: optionalText("How to reach you", 500),
  website: optionalText("Website", 500),
  when: optionalPastInstant("When it happened"),
}), ["when"]);

export const newFeedbackLinkInput = z.object({ clientId: id("a client"), label: requiredText("Label", 100) });
export const feedbackLinkIdInput = z.object({ linkId: id("a link") });
