// The audit and restore scripts answer a bad argument with what is wrong and their usage line,
// exit status 2 — not a Node stack trace (`npm run audit:verify -- --anchor` printed one).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runScript } from "../helpers/scripts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-args-"));
const database = path.join(dir, "amends.db");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a bad argument to an operator script", () => {
  it.each([
    ["audit-verify", ["--anchor"], "Option '--anchor <value>' argument missing", "Usage: npm run audit:verify [-- --anchor amends-anchor.v1.…]"],
    ["audit-verify", ["--anchr", "x"], "Unknown option '--anchr'", "Usage: npm run audit:verify"],
    ["audit-anchor", ["--sign"], "Unknown option '--sign'", "Usage: npm run audit:anchor [-- --sign-unsigned]"],
    ["restore", ["backup.db", "--anchor"], "Option '--anchor <value>' argument missing", "Usage: npm run restore -- path/to/backup.db [--anchor VALUE] [--unsigned]"],
    ["restore", ["a.db", "b.db"], "Name one backup file.", "Usage: npm run restore --"],
    ["backup", ["--to", "x.db"], "Unknown option '--to'", "Usage: npm run backup -- path/to/backup.db"],
  ])("%s %j: the problem and the usage line, exit 2", (script, args, problem, usage) => {
    const ran = runScript(script, database, args);
    expect(ran.status).toBe(2);
    expect(ran.out).toContain(problem);
    expect(ran.out).toContain(usage);
    expect(ran.out).not.toMatch(/ERR_PARSE_ARGS|\n\s+at /);
    expect(fs.existsSync(path.join(dir, "x.db"))).toBe(false);
  }, 30_000);
});
