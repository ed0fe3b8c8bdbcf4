import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./tests/helpers/server-only.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "server/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
    // Every write signs the audit chain's head (lib/audit/key-source.ts): the tests' own key,
    // known to nobody else; a test about a missing or other key overrides it.
    env: { AUDIT_KEY: "nPEekxhm0uiMId0s0JnG0CVwVaKQKTA5/81L6UK6u+I=" },
  },
});
