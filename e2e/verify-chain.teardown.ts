// After every journey: the shared end-to-end database still verifies, record by record. A test
// that must change rows behind the application's back does it on a copy (e2e/own-server.ts), so
// anything broken here is a write the application made without the event that describes it.
import { execFileSync } from "node:child_process";
import { E2E_DATABASE } from "./env";

export default function verifyChain() {
  try {
    execFileSync("npx", ["tsx", "scripts/audit-verify.ts"], { env: { ...process.env, DATABASE_URL: E2E_DATABASE }, encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`After the journeys, audit:verify fails on the end-to-end database:\n${stderr || stdout}`);
  }
}
