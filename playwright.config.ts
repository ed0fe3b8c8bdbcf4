import { defineConfig, devices } from "@playwright/test";
import { findBrowser } from "./e2e/browser";
import { E2E_DATABASE, E2E_PORT as PORT } from "./e2e/env";

const browser = findBrowser();

export default defineConfig({
  testDir: "./e2e",
  // One server, one database: tests run in order, and each makes its own clients and setbacks.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  // Every journey's writes must leave a chain that verifies (e2e/verify-chain.teardown.ts).
  globalTeardown: "./e2e/verify-chain.teardown.ts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    actionTimeout: 10_000,
    // Times typed into forms are read in the browser's zone; fix it so tests can compute them.
    timezoneId: "UTC",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions:
          browser && !browser.bundled
            ? {
                executablePath: browser.executablePath,
                args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
              }
            : {},
      },
    },
  ],
  webServer: {
    command: `npx tsx scripts/e2e-server.ts`,
    url: `http://localhost:${PORT}/login`,
    env: { PORT: String(PORT), DATABASE_URL: E2E_DATABASE },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
