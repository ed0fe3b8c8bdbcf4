// What GET /api/health says about the database: does it answer reads, would a write be kept
// now, are all migrations applied, and if not, why — in words, with no path, size or version.
import fs from "node:fs";
import path from "node:path";
import type { Db } from "./client";
import { MIGRATIONS_FOLDER } from "./client";
import { pendingMigrations } from "./migration-state";
import { readsSnapshot } from "./read-only";
import { storageRefusal } from "./storage-errors";

export interface DatabaseHealth {
  readable: boolean;
  writable: boolean;
  migrations: "current" | "pending" | "unknown";
  /** Why it is not readable or not writable. */
  problem?: string;
}

/**
 * Below this much room a save is likely to fail part-way (a write adds pages to the WAL, and a
 * checkpoint grows the file), so the database counts as full: an operator should act now.
 */
export const MIN_ROOM_BYTES = 1024 * 1024;

function reasonOf(error: unknown, otherwise: string): string {
  return storageRefusal(error)?.reason ?? otherwise;
}

/** Bytes a write may still use: free space on the disk, and SQLite's own page limit. */
function roomBytes(db: Db): number {
  const sqlite = db.$client;
  const pageSize = sqlite.pragma("page_size", { simple: true }) as number;
  const pages = (sqlite.pragma("max_page_count", { simple: true }) as number) - (sqlite.pragma("page_count", { simple: true }) as number) + (sqlite.pragma("freelist_count", { simple: true }) as number);
  const disk = fs.statfsSync(path.dirname(path.resolve(sqlite.name)));
  return Math.min(pages * pageSize, disk.bavail * disk.bsize);
}

/**
 * A write probe that changes nothing: the header's user_version (unused by Amends) rewritten
 * with its own value, committed. It needs the write lock, a writable file and room in the WAL,
 * so it fails as a save would on a read-only mount, a failing disk or a held lock; it does not
 * count as a change for the read cache (total_changes).
 */
function probeWrite(db: Db): void {
  const version = db.$client.pragma("user_version", { simple: true }) as number;
  db.$client.pragma(`user_version = ${Number(version)}`);
}

function writability(db: Db): { writable: boolean; problem?: string } {
  if (db.$client.readonly) {
    return { writable: false, problem: readsSnapshot(db.$client) ? "the database is read-only (a copy made at start is being read)" : "the database is read-only" };
  }
  try {
    probeWrite(db);
  } catch (error) {
    return { writable: false, problem: reasonOf(error, "the database refused a write") };
  }
  if (roomBytes(db) < MIN_ROOM_BYTES) return { writable: false, problem: "the disk is full" };
  return { writable: true };
}

export function databaseHealth(open: () => Db): DatabaseHealth {
  const unreadable = (problem: string): DatabaseHealth => ({ readable: false, writable: false, migrations: "unknown", problem });
  let db: Db;
  try {
    db = open();
  } catch (error) {
    return unreadable(reasonOf(error, "the database could not be opened"));
  }
  try {
    db.$client.prepare("select count(*) from sqlite_master").get();
    db.$client.prepare("select max(id) from events").get();
  } catch (error) {
    return unreadable(reasonOf(error, "the database could not be read"));
  }
  const migrations = pendingMigrations(db.$client, MIGRATIONS_FOLDER) > 0 ? "pending" : "current";
  return { readable: true, migrations, ...writability(db) };
}
