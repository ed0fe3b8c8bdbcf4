import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authSecret, MISSING_SECRET } from "@/app/_server/auth-secret";

afterEach(() => vi.unstubAllEnvs());

describe("the session secret", () => {
  it("is required in production, with a message that says what to do", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", "");
    expect(() => authSecret()).toThrow(MISSING_SECRET);
    vi.stubEnv("AUTH_SECRET", "a-long-random-value");
    expect(authSecret()).toBe("a-long-random-value");
  });

  it("is made once beside the database in development", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-secret-"));
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("AUTH_SECRET", "");
    vi.stubEnv("DATABASE_URL", path.join(dir, "amends.db"));
    const first = authSecret();
    expect(first).toMatch(/^[\w-]{40,}$/);
    expect(authSecret()).toBe(first);
    expect(fs.statSync(path.join(dir, "auth-secret")).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
