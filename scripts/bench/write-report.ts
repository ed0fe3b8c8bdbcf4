// The benchmark's verdicts against the targets of issue 7, printed and written into
// docs/benchmarks.md between its markers (the rest of that file is written by hand).
import fs from "node:fs";
import type { AuditVerification } from "../../lib/audit/report";
import type { FirstLoad } from "./first-load";
import type { LoadResult } from "./load";
import type { SqlFloorRow } from "./sql-floor";

export interface BenchRun {
  date: Date;
  machine: string;
  setbacks: number;
  connections: number;
  seconds: number;
  results: LoadResult[];
  floors: SqlFloorRow[];
  js: FirstLoad[];
  peakRss: number;
  chain: AuditVerification;
  creates: { answered: number; stored: number };
}

const FILE = "docs/benchmarks.md";
const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "—");
const mark = (ok: boolean) => (ok ? "✅ met" : "❌ missed");

export function verdicts(run: BenchRun) {
  const by = (name: string) => run.results.find((r) => r.name === name)!;
  const floorPage = by("Floor: page");
  const signedIn = by("Floor: signed-in page");
  const board = by("/board");
  const boardFiltered = by("/board, filtered");
  const setback = by("Setback with 200 events");
  const reports = by("/reports, 365 days");
  const create = by("API: create setback");
  const boardJs = run.js.find((j) => j.path === "/board")!;
  const reportJs = run.js.find((j) => j.path.startsWith("/reports"))!;
  const worstFloor = Math.max(...run.floors.map((f) => f.ratio));
  // Issue 14: "Needs me" and the setback page's clocks, alone, within 2× what every signed-in page costs.
  const within = ["Setback page with its clocks", "/inbox, a manager's", "/inbox, the member's"].map(by).filter(Boolean);
  const worstAlone = Math.max(...within.map((r) => (r.aloneP50 ?? Infinity) / (signedIn.aloneP50 ?? Infinity)));
  return [
    [`/inbox and the setback page with its clocks: 1-connection p50 within 2× the signed-in floor's`, `${within.map((r) => `${ms(r.aloneP50 ?? NaN)}`).join(" / ")} ms vs ${ms(signedIn.aloneP50 ?? NaN)} ms (worst ${worstAlone.toFixed(2)}×)`, worstAlone <= 2],
    [`/board p95 ≤ 150 ms (default / filtered)`, `${ms(board.p95)} / ${ms(boardFiltered.p95)} ms`, board.p95 <= 150 && boardFiltered.p95 <= 150],
    [`(/board ≥ 50% of the signed-in trivial page's requests/s)`, `${((100 * board.requestsPerSecond) / signedIn.requestsPerSecond).toFixed(0)}% (${board.requestsPerSecond.toFixed(0)} of ${signedIn.requestsPerSecond.toFixed(0)})`, board.requestsPerSecond >= signedIn.requestsPerSecond / 2],
    [`/board ≥ 50% of the trivial page's requests/s`, `${((100 * board.requestsPerSecond) / floorPage.requestsPerSecond).toFixed(0)}% (${board.requestsPerSecond.toFixed(0)} of ${floorPage.requestsPerSecond.toFixed(0)})`, board.requestsPerSecond >= floorPage.requestsPerSecond / 2],
    [`Setback page with 200 events p95 ≤ 100 ms`, `${ms(setback.p95)} ms`, setback.p95 <= 100],
    [`/reports 365 days p95 ≤ 500 ms`, `${ms(reports.p95)} ms`, reports.p95 <= 500],
    [`Every report query within 2× its SQL floor`, `worst ${worstFloor.toFixed(2)}×`, worstFloor <= 2],
    [`API create p95 ≤ 30 ms`, `${ms(create.p95)} ms`, create.p95 <= 30],
    [`≥ 300 creates/s sustained for 30 s`, `${create.requestsPerSecond.toFixed(0)}/s over ${create.requests} creates, ${create.unexpected + create.errors} failed`, create.requestsPerSecond >= 300 && create.unexpected + create.errors === 0],
    // Requests still in flight when the clock stops are answered after it: up to one per connection.
    [`Audit chain valid afterwards; every 201 stored`, `${run.chain.ok ? `ok, ${run.chain.count} events` : `broken: ${run.chain.subject}`}; ${run.creates.answered} answered 201, ${run.creates.stored} stored (${run.creates.stored - run.creates.answered} in flight at the end)`, run.chain.ok && run.creates.stored >= run.creates.answered && run.creates.stored - run.creates.answered <= run.connections],
    [`/board first-load JS ≤ 150 kB gzip`, `${boardJs.gzipKb.toFixed(1)} kB in ${boardJs.scripts} scripts`, boardJs.gzipKb <= 150],
    [`Chart code only on report pages`, `/board: ${boardJs.charts ? "charts loaded" : "none"}; /reports: ${reportJs.charts ? "loaded" : "none"}`, !boardJs.charts && reportJs.charts],
    [`Server RSS ≤ 400 MB`, `${run.peakRss.toFixed(0)} MB peak`, run.peakRss <= 400],
  ] as const;
}

export function renderRun(run: BenchRun): string {
  const floorHandler = run.results.find((r) => r.name === "Floor: route handler")!;
  const floorPage = run.results.find((r) => r.name === "Floor: page")!;
  const isPage = (r: LoadResult) => !r.path.startsWith("/api/") && r.path !== "/bench/handler";
  const lines = [
    `Run on ${run.date.toISOString().slice(0, 16).replace("T", " ")} UTC · ${run.machine}`,
    `Command: \`npm run bench\` — ${run.setbacks.toLocaleString("en")} setbacks, ${run.connections} connections, ${run.seconds} s per endpoint (creates: 30 s), production build.`,
    "",
    "| Endpoint | Requests/s | p50 ms | p95 ms | p99 ms | Ratio to floor | Failed | KB per answer | p50 ms, 1 connection |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...run.results.map((r) => {
      const floor = isPage(r) ? floorPage : floorHandler;
      return `| ${r.name} (\`${r.method} ${r.path.replace(/\|/g, "\\|")}\`) | ${r.requestsPerSecond.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${(r.requestsPerSecond / floor.requestsPerSecond).toFixed(2)} of ${isPage(r) ? "page" : "handler"} | ${r.unexpected + r.errors} | ${(r.bytesPerRequest / 1024).toFixed(1)} | ${r.aloneP50 === undefined ? "—" : ms(r.aloneP50)} |`;
    }),
    "",
    "Report queries (last 365 days), median of 9, as the application runs them and their SQL alone:",
    "",
    "| Query | Statements | Application ms | SQL floor ms | Ratio |",
    "|---|---:|---:|---:|---:|",
    ...run.floors.map((f) => `| ${f.name} | ${f.statements} | ${ms(f.appMs)} | ${ms(f.sqlMs)} | ${f.ratio.toFixed(2)} |`),
    "",
    "| Target | Measured | |",
    "|---|---|---|",
    ...verdicts(run).map(([target, measured, ok]) => `| ${target} | ${measured} | ${mark(ok)} |`),
  ];
  return lines.join("\n");
}

export function writeBenchmarks(run: BenchRun): void {
  const text = renderRun(run);
  console.log(`\n${text}\n`);
  const existing = fs.existsSync(FILE) ? fs.readFileSync(FILE, "utf8") : `# Benchmarks\n\n${START}\n${END}\n`;
  const start = existing.indexOf(START);
  const end = existing.indexOf(END);
  const next = start >= 0 && end > start ? `${existing.slice(0, start + START.length)}\n${text}\n${existing.slice(end)}` : `${existing}\n${START}\n${text}\n${END}\n`;
  fs.writeFileSync(FILE, next);
  console.log(`[bench] wrote ${FILE}`);
}
