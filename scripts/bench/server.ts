// The production server the benchmark loads: started on a copy of the scaled database, signed
// into, and watched for memory (the RSS of the server and its workers, sampled while it runs).
import crypto from "node:crypto";
import fs from "node:fs";
import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { NEXT_START } from "../next-server";

export interface BenchServer {
  base: string;
  cookie: string;
  peakRssMb: () => number;
  stop: () => Promise<void>;
}

/** Every process in the tree under `pid` (next start runs the app in a child). */
function tree(pid: number): number[] {
  const children = fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d)).filter((d) => {
    try {
      return fs.readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1].split(" ")[1] === String(pid);
    } catch {
      return false;
    }
  });
  return [pid, ...children.flatMap((c) => tree(Number(c)))];
}

function rssMb(pid: number): number {
  return tree(pid).reduce((sum, p) => {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1];
      return sum + Number(kb ?? 0) / 1024;
    } catch {
      return sum;
    }
  }, 0);
}

async function waitUntilUp(base: string, child: ChildProcess) {
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error("The server exited while starting.");
    try {
      if ((await fetch(`${base}/login`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error("The server did not start within a minute.");
}

/** Signs in through Auth.js's credentials callback, as the login form does. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const answer = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: jar.join("; "), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/board` }),
  });
  const cookies = [...jar, ...answer.headers.getSetCookie().map((c) => c.split(";")[0])];
  if (!cookies.some((c) => c.startsWith("authjs.session-token="))) throw new Error(`Signing in as ${email} failed.`);
  return cookies.join("; ");
}

export async function startServer(database: string, port: number, email: string, password: string): Promise<BenchServer> {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...NEXT_START, "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: database, AMENDS_BENCH: "1", AMENDS_API_REQUESTS_PER_MINUTE: "1000000", AUTH_SECRET: crypto.randomBytes(32).toString("base64url") },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitUntilUp(base, child);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(child.pid!))), 250);
  const cookie = await signIn(base, email, password);
  return {
    base,
    cookie,
    peakRssMb: () => Math.max(peak, rssMb(child.pid!)),
    stop: async () => {
      clearInterval(sampler);
      child.kill("SIGTERM");
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
    },
  };
}
