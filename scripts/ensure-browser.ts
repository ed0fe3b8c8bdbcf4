// Run before the Playwright suite: makes sure a Chromium is there, installing Debian's
// package when we are root on Debian, and otherwise says how to get one.
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { findBrowser } from "../e2e/browser";

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

if (!findBrowser()) {
  const root = process.getuid?.() === 0;
  if (root && fs.existsSync("/etc/debian_version")) {
    console.log("No Chromium found: installing Debian's chromium package…");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"]);
  }
  if (!findBrowser()) {
    console.error(
      "No browser for the end-to-end tests. Either run `npx playwright install chromium`, " +
        "install Chromium (Debian: `apt-get install chromium`), or set CHROMIUM_PATH to a Chromium binary.",
    );
    process.exit(1);
  }
}
