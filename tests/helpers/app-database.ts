// For tests that import the application's own modules, whose getDb() opens DATABASE_URL once:
// a fresh database file, named before those modules load. Call it inside vi.hoisted:
//   await vi.hoisted(async () => (await import("../helpers/app-database")).useAppDatabase("amends-x-"));
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

export function useAppDatabase(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  process.env.DATABASE_URL = path.join(dir, "amends.db");
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return process.env.DATABASE_URL;
}
