// First-load JavaScript as a browser sees it: every script a fresh visit to a page downloads,
// gzipped (Next.js 16's build no longer prints per-route sizes). Also tells whether the chart
// library came with it.
import zlib from "node:zlib";
import { chromium } from "@playwright/test";
import { findBrowser } from "../../e2e/browser";

export interface FirstLoad {
  path: string;
  scripts: number;
  gzipKb: number;
  charts: boolean;
}

export async function firstLoad(base: string, cookie: string, paths: string[]): Promise<FirstLoad[]> {
  const found = findBrowser();
  if (!found) throw new Error("No Chromium found: install one (apt-get install chromium) or set CHROMIUM_PATH.");
  const browser = await chromium.launch({
    executablePath: found.bundled ? undefined : found.executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const results: FirstLoad[] = [];
    for (const path of paths) {
      const context = await browser.newContext();
      await context.addCookies(cookie.split("; ").map((pair) => {
        const [name, ...value] = pair.split("=");
        return { name, value: value.join("="), url: base };
      }));
      const page = await context.newPage();
      const bodies: Promise<Buffer>[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() === "script") bodies.push(response.body().catch(() => Buffer.alloc(0)));
      });
      await page.goto(base + path, { waitUntil: "networkidle" });
      const scripts = await Promise.all(bodies);
      results.push({
        path,
        scripts: scripts.length,
        gzipKb: scripts.reduce((sum, b) => sum + zlib.gzipSync(b).length, 0) / 1024,
        charts: scripts.some((b) => b.includes("recharts-wrapper")),
      });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
