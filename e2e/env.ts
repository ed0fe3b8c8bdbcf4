import os from "node:os";
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
/** The end-to-end server's database: fixed per port so tests can check it (audit:verify). */
export const E2E_DATABASE = path.join(os.tmpdir(), `amends-e2e-${E2E_PORT}`, "amends.db");
/** The end-to-end server's mail catcher page (scripts/mail-catcher), with /mails.json for the tests. */
export const E2E_MAIL_PORT = E2E_PORT + 2000;
/** The main end-to-end server's process id, written by scripts/e2e-server.ts. */
export const E2E_SERVER_PID_FILE = path.join(path.dirname(E2E_DATABASE), "server.pid");
