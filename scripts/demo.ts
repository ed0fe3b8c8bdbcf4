// npm run demo — sets up the database (migrated, demo data when empty), builds, starts the app,
// and prints where to go and how to sign in.
import { spawn, spawnSync } from "node:child_process";
import { databasePath } from "../db/client";
import { DEMO_PASSWORD, DEMO_USERS } from "../db/seed-story";
import { seedIfEmpty } from "./seed-demo";
import { NEXT_START } from "./next-server";
import { localSecret } from "../lib/auth/local-secret";
import { localAuditKey } from "../lib/audit/key-source";
import { startMailCatcher } from "./mail-catcher/catcher";
import { startCatcherPage } from "./mail-catcher/page";

const port = Number(process.env.PORT ?? 3000);
const url = `http://localhost:${port}`;

// The audit key, made once beside the database like the session secret (never inside it).
localAuditKey(databasePath());
const seeded = await seedIfEmpty();
if (!seeded) console.log(`Using the existing database ${databasePath()}.`);

if (!process.argv.includes("--no-build")) {
  console.log("Building the app (a minute or two the first time)…");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** `preferred`, or any free port when something else holds it. */
async function onPort<T>(preferred: number, start: (port: number) => Promise<T>): Promise<T> {
  try {
    return await start(preferred);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    return start(0);
  }
}

// The demo's mail goes to a catcher on this machine with a page listing it, unless SMTP_URL says
// where real mail should go.
let mailPage: string | null = null;
const mailEnv: Record<string, string> = {};
if (!process.env.SMTP_URL) {
  const catcher = await onPort(1025, (p) => startMailCatcher({ port: p }));
  const page = await onPort(1080, (p) => startCatcherPage(catcher, p));
  mailPage = `http://localhost:${(page.address() as { port: number }).port}`;
  Object.assign(mailEnv, { SMTP_URL: catcher.url, MAIL_FROM: process.env.MAIL_FROM || "Amends demo <amends@demo.test>" });
}

// The demo needs no setup: a session secret is made once beside the database.
const env = { ...process.env, ...mailEnv, AMENDS_URL: process.env.AMENDS_URL || url, AUTH_SECRET: process.env.AUTH_SECRET || localSecret(databasePath()) };
const server = spawn(process.execPath, [...NEXT_START, "-p", String(port)], { stdio: ["ignore", "pipe", "inherit"], env });
server.stdout.pipe(process.stdout);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      await fetch(`${url}/login`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

await waitForServer();
const accounts = DEMO_USERS.slice(0, 3).map((u) => `    ${u.email.padEnd(20)} (${u.role})`).join("\n");
console.log(`
  Amends is running at ${url}

  Demo sign-ins, all with the password "${DEMO_PASSWORD}":
${accounts}
${mailPage ? `\n  The mail it sends arrives at ${mailPage}\n` : `\n  Mail goes out through ${process.env.SMTP_URL?.replace(/\/\/[^@/]*@/, "//…@")}\n`}
  Press Ctrl+C to stop.
`);
