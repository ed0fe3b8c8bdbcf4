// npm run test:stress — 20 s of concurrent API writes with the production server killed by
// SIGKILL in the middle and restarted, five times. After each: the database passes PRAGMA integrity_check, the
// audit chain verifies, every create answered 201 is stored with its event, and no create that
// was refused left a trace. Exits 1 on the first violation. (-- --loops 5 --skip-build)
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { openDatabase } from "../../db/client";
import { verifyAuditChain } from "../../db/audit";
import { seedDemo } from "../../db/seed";
import { executeCommand } from "../../lib/commands/command";
import { createApiToken } from "../../lib/commands/tokens";
import { newAuditKeyText } from "../../lib/audit/signature";
import { formatReference } from "../../lib/setbacks/reference";
import { NEXT_START } from "../next-server";

const { values } = parseArgs({ options: { loops: { type: "string", default: "5" }, writers: { type: "string", default: "8" }, "skip-build": { type: "boolean", default: false } } });
const LOOPS = Number(values.loops);
const WRITERS = Number(values.writers);
// STRESS_PORT: another port, when several checkouts run the crash test on one machine.
const PORT = Number(process.env.STRESS_PORT ?? 3600);
const BASE = `http://127.0.0.1:${PORT}`;
const log = (line: string) => console.log(`[stress] ${line}`);
function fail(message: string): never {
  console.error(`[stress] FAILED: ${message}`);
  process.exit(1);
}

if (!values["skip-build"]) {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The audit key for this run's database, for the seed here and the server (which inherits it).
process.env.AUDIT_KEY ||= newAuditKeyText();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-stress-"));
const database = path.join(dir, "amends.db");
const setup = openDatabase(database);
seedDemo(setup);
const manager = setup.$client.prepare("select id, name from users where email = 'manager@demo.test'").get() as { id: number; name: string };
const created = await executeCommand(setup, createApiToken, { ...manager, role: "manager" }, { name: "Stress" });
if (!created.ok) fail("could not create an API token");
const token = created.value.token;
const clientId = (setup.$client.prepare("select id from clients order by id limit 1").get() as { id: number }).id;
setup.$client.close();
const secret = crypto.randomBytes(32).toString("base64url");

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...NEXT_START, "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: database, AUTH_SECRET: secret, AMENDS_API_REQUESTS_PER_MINUTE: "1000000" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) fail("the server exited while starting");
    try {
      if ((await fetch(`${BASE}/login`)).ok) return child;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  fail("the server did not start within 30 s");
}

type Outcome = { title: string; status: number | "no answer"; reference?: string };

/** One writer: creates setbacks one after another until the deadline, through the kill and restart. */
async function writer(loop: number, w: number, outcomes: Outcome[], until: number) {
  for (let i = 0; Date.now() < until; i++) {
    const title = `Stress ${loop}-${w}-${i}`;
    // Every tenth request is invalid on purpose: a refusal must leave nothing behind.
    const body = i % 10 === 9 ? { clientId, title, category: "delay" } : { clientId, title, category: "delay", severity: "medium", fault: "ours", source: "internal", occurredAt: new Date().toISOString(), discoveredAt: new Date().toISOString() };
    try {
      const response = await fetch(`${BASE}/api/v1/setbacks`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
      // The kill can land between the status line and the body: the status still counts (it
      // is sent after the commit), the reference is then unknown.
      const answer = (await response.json().catch(() => ({}))) as { reference?: string };
      outcomes.push({ title, status: response.status, reference: answer.reference });
    } catch {
      outcomes.push({ title, status: "no answer" });
      await sleep(100); // the server is down until it restarts
    }
  }
}

let verifiedWrites = 0;
for (let loop = 1; loop <= LOOPS; loop++) {
  const server = await startServer();
  const outcomes: Outcome[] = [];
  const writers = Array.from({ length: WRITERS }, (_, w) => writer(loop, w, outcomes, Date.now() + 20_000));
  // Killed somewhere in the middle of the 20 s, and restarted at once: the app opens (and
  // recovers) the database itself, and the writers carry on against it.
  await sleep(6_000 + Math.floor(Math.random() * 8_000));
  server.kill("SIGKILL");
  await new Promise((resolve) => (server.exitCode !== null || server.signalCode !== null ? resolve(null) : server.once("exit", resolve)));
  const restarted = await startServer();
  await Promise.all(writers);

  const db = new Database(database, { readonly: true });
  const integrity = db.pragma("integrity_check", { simple: true });
  if (integrity !== "ok") fail(`loop ${loop}: integrity_check says ${String(integrity)}`);
  const stored = new Map((db.prepare("select s.title, s.number, (select count(*) from events e where e.setback_id = s.id and e.kind = 'setback.reported') as reported from setbacks s where s.title like ?").all(`Stress ${loop}-%`) as { title: string; number: number; reported: number }[]).map((r) => [r.title, r]));
  db.close();
  const chain = await verifyAuditChain(openDatabase(database));
  if (!chain.ok) fail(`loop ${loop}: the audit chain breaks at event ${chain.brokenId}: ${chain.reason}`);
  let answered = 0;
  let cutOff = 0;
  let refused = 0;
  let unanswered = 0;
  let unansweredStored = 0;
  for (const o of outcomes) {
    const row = stored.get(o.title);
    if (o.status === 201) {
      answered += 1;
      if (!row) fail(`loop ${loop}: ${o.title} was answered 201 (${o.reference ?? "body cut off"}) but is not stored`);
      if (o.reference === undefined) cutOff += 1;
      else if (formatReference(row.number) !== o.reference) fail(`loop ${loop}: ${o.title} was answered ${o.reference} but is stored as ${formatReference(row.number)}`);
    } else if (o.status === "no answer") {
      unanswered += 1;
      if (row) unansweredStored += 1;
    } else {
      refused += 1;
      if (row) fail(`loop ${loop}: ${o.title} was refused (${o.status}) but is stored`);
    }
  }
  for (const [title, row] of stored) if (row.reported !== 1) fail(`loop ${loop}: ${title} is stored with ${row.reported} reported events, not 1`);
  if (answered === 0 || unanswered === 0) fail(`loop ${loop}: the kill did not land in the middle of the writes`);
  verifiedWrites += answered;
  log(`loop ${loop}: ${answered} creates answered 201 (all stored, each with its event; ${cutOff} with the body cut off by the kill), ${refused} refused (none stored), ${unanswered} without an answer while the server was down (${unansweredStored} of them had committed); integrity ok; chain ok, ${chain.count} events`);
  restarted.kill("SIGTERM");
  await new Promise((resolve) => (restarted.exitCode !== null ? resolve(null) : restarted.once("exit", resolve)));
}
log(`survived ${LOOPS} kills; ${verifiedWrites} answered writes verified`);
fs.rmSync(dir, { recursive: true, force: true });
