// Which Chromium the end-to-end tests drive: Playwright's own when installed, else the
// system's (CHROMIUM_PATH, then Debian's /usr/bin/chromium and its relatives).
import fs from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

export type Browser = { bundled: true } | { bundled: false; executablePath: string };

export function findBrowser(): Browser | null {
  try {
    if (fs.existsSync(chromium.executablePath())) return { bundled: true };
  } catch {
    // Playwright throws when its browsers were never downloaded.
  }
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && fs.existsSync(fromEnv)) return { bundled: false, executablePath: fromEnv };
  const system = SYSTEM_PATHS.find((p) => fs.existsSync(p));
  return system ? { bundled: false, executablePath: system } : null;
}
