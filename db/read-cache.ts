// Read models kept between requests, and exact: an entry stands only while the database is
// unchanged — no row written through this connection (total_changes()) nor by another process
// (data_version) — and, for figures that depend on the clock (a breach, a target missed), only
// up to the next instant one of them would change, which the loader reports.
import type { Db } from "./client";

export interface Loaded<T> {
  value: T;
  /** The last instant the value holds as time passes; null when time does not change it. */
  validThrough: number | null;
}

interface Entry {
  version: string;
  validThrough: number | null;
  value: unknown;
}

const MAX_ENTRIES = 200;
const caches = new WeakMap<Db, Map<string, Entry>>();

function version(db: Db): string {
  const row = db.$client.prepare("select total_changes() as t, (select data_version from pragma_data_version()) as v").get() as { t: number; v: number };
  return `${row.v}:${row.t}`;
}

export async function cachedRead<T>(db: Db, key: string, now: number, load: () => Promise<Loaded<T>>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const current = version(db);
  const hit = cache.get(key);
  if (hit && hit.version === current && (hit.validThrough === null || now <= hit.validThrough)) return hit.value as T;
  const loaded = await load();
  cache.delete(key);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  // The version read before loading: a write in between makes the entry stale at once.
  cache.set(key, { version: current, validThrough: loaded.validThrough, value: loaded.value });
  return loaded.value;
}
