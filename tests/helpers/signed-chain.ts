// A database file written by the application over two days: six events, checkpoints at
// event 1 and event 4 (each day's first write), the head signed at event 6.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, vi } from "vitest";
import { openDatabase } from "@/db/client";
import { createClient } from "@/lib/commands/clients";
import { makeActor } from "./db";
import { ok } from "./setback";

const dirs: string[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export async function twoDays(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amends-anchor-"));
  dirs.push(dir);
  const file = path.join(dir, "amends.db");
  const db = openDatabase(file);
  vi.useFakeTimers({ toFake: ["Date"] });
  for (let day = 0; day < 2; day++) {
    vi.setSystemTime(Date.UTC(2026, 10, 23 + day, 9));
    const actor = makeActor(db, "member");
    await ok(db, createClient, actor, { name: `Day ${day + 1} first` });
    await ok(db, createClient, actor, { name: `Day ${day + 1} second` });
  }
  vi.useRealTimers();
  db.$client.close();
  return file;
}
