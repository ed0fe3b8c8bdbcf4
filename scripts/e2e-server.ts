// The app as the end-to-end tests see it: built, on a fresh database (DATABASE_URL, which the
// Playwright config sets) filled with the demo seed.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { NEXT_START } from "./next-server";
import { localAuditKey } from "../lib/audit/key-source";
import { E2E_MAIL_PORT } from "../e2e/env";
import { startMailCatcher } from "./mail-catcher/catcher";
import { startCatcherPage } from "./mail-catcher/page";

const database = process.env.DATABASE_URL;
if (!database) throw new Error("DATABASE_URL must name the end-to-end database");
fs.rmSync(path.dirname(database), { recursive: true, force: true });
fs.mkdirSync(path.dirname(database), { recursive: true });
// A fresh audit key beside the fresh database, found there by the seeds and the server.
localAuditKey(database);

// Mail goes to a real SMTP server in this process; the tests read what arrived from its page.
const catcher = await startMailCatcher();
await startCatcherPage(catcher, E2E_MAIL_PORT);

const env = {
  ...process.env,
  SMTP_URL: catcher.url,
  MAIL_FROM: "Amends e2e <amends@e2e.test>",
  AMENDS_URL: `http://localhost:${process.env.PORT ?? "3100"}`,
  // Sweeps every 2 s, so a journey sees its notice without waiting for a minute's sweep.
  AMENDS_SWEEP_SECONDS: "2",
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
};

function step(args: string[]) {
  const r = spawnSync("npx", args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

step(["tsx", "scripts/seed-demo.ts"]);
step(["tsx", "scripts/seed-report-fixture.ts"]);
if (!process.env.E2E_SKIP_BUILD) step(["next", "build"]);
// The production server as `npm start` runs it, with TRUST_PROXY unset as by default; its pid
// beside the database, for the tests that read its memory.
const server = spawn(process.execPath, [...NEXT_START, "-p", process.env.PORT ?? "3100"], { stdio: "inherit", env: { ...env, TRUST_PROXY: "" } });
fs.writeFileSync(path.join(path.dirname(database), "server.pid"), String(server.pid));
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
