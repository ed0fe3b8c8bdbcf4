// The app as the end-to-end tests see it: built, on a fresh temporary database with the demo seed.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-e2e-"));
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: path.join(dir, "amends.db"),
  AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
};

function step(args: string[]) {
  const r = spawnSync("npx", args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

step(["tsx", "scripts/seed-demo.ts"]);
if (!process.env.E2E_SKIP_BUILD) step(["next", "build"]);
const server = spawn("npx", ["next", "start", "-p", process.env.PORT ?? "3100"], { stdio: "inherit", env });
const stop = () => {
  server.kill("SIGTERM");
  fs.rmSync(dir, { recursive: true, force: true });
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
