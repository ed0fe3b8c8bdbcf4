// Keys for clients written before clients.name_key existed (migration client_name_key adds the
// column; its rule is TypeScript, lib/clients/name-key.ts, so the rows are keyed here, when the
// database is opened, right after the migrations). Idempotent: only rows without keys are read.
import { isNull, or, eq, asc } from "drizzle-orm";
import { clientNameKey, clientSearchKey } from "../../lib/clients/name-key";
import { clients } from "../schema";
import type { Conn, Db } from "../client";

export interface SharedKey {
  id: number;
  name: string;
  /** The older client that holds the key. */
  sameAs: { id: number; name: string };
}

/**
 * Gives every unkeyed client its keys. Two clients may already mean the same name ("ÉCOLE
 * MÜLLER" and "école müller", made before this rule): merging them would move setbacks behind a
 * person's back, so the older keeps the key and the newer stays unkeyed — still listed, found by
 * search and opened as before, never matched by create or import — until it is renamed or the
 * key is free again (the older one renamed). Returns those still unkeyed, for the start-up log.
 */
export function keyClientNames(db: Db): SharedKey[] {
  // A plain read first: when nothing is to be written (every start after the first) no write
  // lock is taken, so a database opened read-only still opens.
  const before = keyPlan(db);
  if (before.every((c) => c.searchKey !== null && c.holder)) return before.map(shared);
  return db.transaction((tx) => {
    const plan = keyPlan(tx);
    for (const c of plan) tx.update(clients).set({ nameKey: c.holder ? null : c.key, searchKey: clientSearchKey(c.name) }).where(eq(clients.id, c.id)).run();
    return plan.filter((c) => c.holder).map(shared);
  }, { behavior: "immediate" });
}

/** The unkeyed clients in id order, each with its key and the other client holding it, if any. */
function keyPlan(conn: Conn) {
  const unkeyed = conn
    .select({ id: clients.id, name: clients.name, searchKey: clients.searchKey })
    .from(clients)
    .where(or(isNull(clients.nameKey), isNull(clients.searchKey)))
    .orderBy(asc(clients.id))
    .all();
  const claimed = new Map<string, { id: number; name: string }>();
  return unkeyed.map((c) => {
    const key = clientNameKey(c.name);
    const holder = conn.select({ id: clients.id, name: clients.name }).from(clients).where(eq(clients.nameKey, key)).get() ?? claimed.get(key);
    if (!holder) claimed.set(key, c);
    return { ...c, key, holder: holder && holder.id !== c.id ? holder : undefined };
  });
}

const shared = (c: ReturnType<typeof keyPlan>[number]): SharedKey => ({ id: c.id, name: c.name, sameAs: c.holder! });

/** Said at every start while such clients exist, so an admin renames (or reconciles) them. */
export function warnSharedClientKeys(shared: readonly SharedKey[]): void {
  if (!shared.length) return;
  const list = shared.map((s) => `#${s.id} "${s.name}" (same as #${s.sameAs.id} "${s.sameAs.name}")`).join("; ");
  console.warn(`${shared.length} client name${shared.length === 1 ? " means" : "s mean"} the same as an older client's, so import and create match the older one: ${list}. Rename one to tell them apart.`);
}
