// A second production server on the end-to-end database, started by a test that needs the
// server configured otherwise (TRUST_PROXY): the same build and `npm start` command as the
// main one, on a port the system picks as free.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import net from "node:net";
import { spawn, type ChildProcess } from "node:child_process";
import Database from "better-sqlite3";
import { NEXT_START } from "../scripts/next-server";
import { auditKeyFile } from "../lib/audit/key-source";
import { E2E_DATABASE } from "./env";

export interface OwnServer {
  base: string;
  pid: number;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

async function answers(base: string, child: ChildProcess): Promise<void> {
  // Asked again until it answers: the server is up when /login is (the wait is for that state).
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/login`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function startOwnServer(env: Record<string, string>): Promise<OwnServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...NEXT_START, "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: E2E_DATABASE, AUTH_SECRET: crypto.randomBytes(32).toString("base64url"), ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  await answers(base, child);
  return {
    base,
    pid: child.pid!,
    stop: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM")))),
  };
}

/**
 * A copy of the end-to-end database (with its audit key) in a folder of its own, for a test
 * that must change rows behind the application's back: the shared database stays one whose
 * every record matches its event (the lifecycle test verifies it).
 */
export async function copyOfE2eDatabase(): Promise<{ file: string; remove: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-e2e-copy-"));
  const file = path.join(dir, "amends.db");
  const source = new Database(E2E_DATABASE, { readonly: true });
  try {
    await source.backup(file);
  } finally {
    source.close();
  }
  fs.copyFileSync(auditKeyFile(E2E_DATABASE), auditKeyFile(file));
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
