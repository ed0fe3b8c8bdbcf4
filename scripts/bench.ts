// npm run bench — the app under load on a scaled database, against the framework's own floor.
// Seeds data/scale.db when missing (npm run seed:scale), builds, starts the production server
// on a copy, and measures with autocannon; prints a table and writes docs/benchmarks.md.
// Options: --setbacks 100000  --seconds 10  --create-seconds 30  --connections 10  --skip-build  --port 3300
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { openDatabase } from "../db/client";
import { SCALE_DB } from "../db/fixtures/scale";
import { verifyAuditChain } from "../db/audit";
import { auditKeyFile } from "../lib/audit/key-source";
import { executeCommand } from "../lib/commands/command";
import { createApiToken } from "../lib/commands/tokens";
import { resolvePeriod } from "../lib/metrics/period";
import { DEFAULT_SETTINGS } from "../lib/settings";
import { DEMO_PASSWORD } from "../db/seed-story";
import { firstLoad } from "./bench/first-load";
import { load, type LoadResult, type LoadSpec } from "./bench/load";
import { writeBenchmarks, type BenchRun } from "./bench/write-report";
import { signIn, startServer } from "./bench/server";
import { reportQueryFloors } from "./bench/sql-floor";

const { values } = parseArgs({
  options: {
    setbacks: { type: "string", default: "100000" },
    seconds: { type: "string", default: "10" },
    "create-seconds": { type: "string", default: "30" },
    connections: { type: "string", default: "10" },
    "skip-build": { type: "boolean", default: false },
    // Another port when something else (a second checkout's bench) already listens on 3300.
    port: { type: "string", default: "3300" },
  },
});
const setbacks = Number(values.setbacks);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const PORT = Number(values.port);
const log = (line: string) => console.log(`[bench] ${line}`);

function run(args: string[]) {
  const r = spawnSync("npx", args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Setbacks in a scaled database whose chain is signed (one from before checkpoints counts as none). */
function setbackCount(file: string): number {
  if (!fs.existsSync(file) || !fs.existsSync(auditKeyFile(file))) return 0;
  const db = new Database(file, { readonly: true });
  try {
    if ((db.prepare("select count(*) as n from audit_checkpoints").get() as { n: number }).n === 0) return 0;
    return (db.prepare("select count(*) as n from setbacks").get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

// 1. The scaled database, seeded once and copied for each run (the run writes to it).
if (setbackCount(SCALE_DB) !== setbacks) run(["tsx", "scripts/seed-scale.ts", "--setbacks", String(setbacks), "--db", SCALE_DB]);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "amends-bench-"));
const database = path.join(work, "bench.db");
fs.copyFileSync(SCALE_DB, database);
// The copy is an installation of its own: its audit key beside it, and this process writes to it.
fs.copyFileSync(auditKeyFile(SCALE_DB), auditKeyFile(database));
process.env.DATABASE_URL = database;
const db = openDatabase(database);
const manager = db.$client.prepare("select id, name from users where email = 'manager@demo.test'").get() as { id: number; name: string };
const tokenResult = await executeCommand(db, createApiToken, { ...manager, role: "manager" }, { name: "Benchmark" });
if (!tokenResult.ok) throw new Error("Could not create the benchmark's API token.");
const token = tokenResult.value.token;
// The scale seed gives one setback a trail of exactly 200 events.
const longSetback = db.$client.prepare("select s.number from setbacks s where s.id = (select setback_id from events where setback_id is not null group by setback_id having count(*) = 200 limit 1)").get() as { number: number };
const client = db.$client.prepare("select id from clients order by id limit 1").get() as { id: number };
const owner = db.$client.prepare("select id from users where role = 'member' order by id limit 1").get() as { id: number };
// A setback with every clock on its page in play: notified, remedy still running.
const remedying = db.$client.prepare("select number from setbacks where stage = 'remedying' and remedied_at is null order by id desc limit 1").get() as { number: number };

// 2. Each report query against its SQL floor, in this process, before the server starts.
const now = Date.now();
const period = resolvePeriod({ period: "365" } as never, now, DEFAULT_SETTINGS.timeZone);
log("timing the report queries against their SQL floor");
const floors = await reportQueryFloors(db.$client, period, DEFAULT_SETTINGS.timeZone, DEFAULT_SETTINGS.recurrenceWindowDays, now);
db.$client.close();

// 3. The production server.
if (!values["skip-build"]) run(["next", "build"]);
const server = await startServer(database, PORT, "manager@demo.test", DEMO_PASSWORD);
log(`server up at ${server.base}`);
const reference = (n: number) => `SB-${String(n).padStart(4, "0")}`;
const page = (name: string, p: string): LoadSpec => ({ name, path: p, headers: { cookie: server.cookie } });
// The demo member owns hundreds of the scaled setbacks: the fullest "Needs me".
const memberCookie = await signIn(server.base, "member@demo.test", DEMO_PASSWORD);
const specs: LoadSpec[] = [
  { name: "Floor: route handler", path: "/bench/handler" },
  { name: "Floor: page", path: "/bench/page" },
  page("Floor: signed-in page", "/bench-floor"),
  page("/board", "/board"),
  page("/board, filtered", `/board?severity=high&owner=${owner.id}`),
  page("Setback with 200 events", `/setbacks/${reference(longSetback.number)}`),
  page("Setback page with its clocks", `/setbacks/${reference(remedying.number)}`),
  page("/inbox, a manager's", "/inbox"),
  { name: "/inbox, the member's", path: "/inbox", headers: { cookie: memberCookie } },
  page("/reports, 365 days", "/reports?period=365"),
  { name: "API: list setbacks", path: "/api/v1/setbacks", headers: { authorization: `Bearer ${token}` } },
];
const results: LoadResult[] = [];
try {
  for (const spec of specs) {
    await load(server.base, spec, connections, 2); // warm-up: compiled routes, caches, JIT
    const result = await load(server.base, spec, connections, seconds);
    // One connection: the answer's own cost, without waiting behind the nine others.
    const alone = await load(server.base, spec, 1, Math.min(5, seconds));
    log(`${spec.name}: ${result.requestsPerSecond.toFixed(0)} req/s, p95 ${result.p95.toFixed(1)} ms; alone p50 ${alone.p50.toFixed(1)} ms`);
    results.push({ ...result, aloneP50: alone.p50 });
  }
  let created = 0;
  const create: LoadSpec = {
    name: "API: create setback",
    path: "/api/v1/setbacks",
    method: "POST",
    status: 201,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: () => JSON.stringify({ clientId: client.id, title: `Bench ${++created}`, category: "delay", severity: "medium", fault: "ours", source: "internal", occurredAt: new Date().toISOString(), discoveredAt: new Date().toISOString() }),
  };
  const creates = await load(server.base, create, connections, Number(values["create-seconds"]));
  log(`${create.name}: ${creates.requestsPerSecond.toFixed(0)} req/s, p95 ${creates.p95.toFixed(1)} ms`);
  results.push(creates);
  const js = await firstLoad(server.base, server.cookie, ["/board", "/reports?period=365"]);
  const peakRss = server.peakRssMb();
  await server.stop();
  const after = openDatabase(database);
  const chain = await verifyAuditChain(after);
  const stored = (after.$client.prepare("select count(*) as n from setbacks where title like 'Bench %'").get() as { n: number }).n;
  after.$client.close();
  const bench: BenchRun = { date: new Date(), machine: `${os.cpus().length} × ${os.cpus()[0].model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`, setbacks, connections, seconds, results, floors, js, peakRss, chain, creates: { answered: creates.requests - creates.unexpected, stored } };
  writeBenchmarks(bench);
  fs.rmSync(work, { recursive: true, force: true });
} catch (error) {
  await server.stop();
  throw error;
}
