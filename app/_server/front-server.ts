// A production start without the server in front (`next start` instead of `npm start`) would
// believe any client's X-Forwarded-For and X-Forwarded-Proto: every per-address limit could be
// dodged, and anyone could lock out an office by naming its address. server/main.mjs marks the
// process; a production start without the mark is refused.
export const NOT_BEHIND_SERVER =
  "start it with `npm start` (node server/main.mjs), not `next start`: the server in front of Next.js works out the client's address and protocol (TRUST_PROXY in the README).";

export function checkFrontServer(env: Record<string, string | undefined> = process.env): void {
  if (env.NODE_ENV === "production" && env.AMENDS_SERVER !== "1") throw new Error(NOT_BEHIND_SERVER);
}
