// The operator's entry points run as the operator runs them, on a database file of the test's:
// an npm script's file through tsx, and the server's start-up checks (instrumentation-node.ts).
import { spawnSync } from "node:child_process";

export interface Ran {
  status: number;
  /** What it printed, standard output then standard error. */
  out: string;
}

function runTsx(args: string[], database: string, env: Record<string, string> = {}): Ran {
  const ran = spawnSync("npx", ["tsx", ...args], { env: { ...process.env, DATABASE_URL: database, ...env }, encoding: "utf8" });
  if (ran.error) throw ran.error;
  return { status: ran.status ?? -1, out: ran.stdout + ran.stderr };
}

/** Runs scripts/<script>.ts on `database`: its exit status and what it printed. */
export function runScript(script: string, database: string, args: string[] = []): Ran {
  return runTsx([`scripts/${script}.ts`, ...args], database);
}

/**
 * What the server does when it starts on `database`, before it serves anything. The scheduler is
 * off (AMENDS_SCHEDULER): it would keep the process running, and this asks only for the checks.
 */
export function startUp(database: string, env: Record<string, string> = {}): Ran {
  return runTsx(["--conditions=react-server", "instrumentation-node.ts"], database, { NODE_ENV: "development", AMENDS_SCHEDULER: "off", ...env });
}
