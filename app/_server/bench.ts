import "server-only";

/** The benchmark's floor routes answer only on a server started by npm run bench. */
export function benchEnabled(): boolean {
  return process.env.AMENDS_BENCH === "1";
}
