import type { Stage } from "./vocabulary";

/** A stage as the client reads it on their status page. */
export const PLAIN_STAGE: Readonly<Record<Stage, string>> = {
  discovered: "We are looking into it",
  notified: "We are planning the fix",
  remedying: "We are fixing it",
  compensation: "It is fixed; we are making amends",
  follow_up: "We are checking the fix works for you",
  review: "Fixed; we are learning from it",
  closed: "Resolved",
};
