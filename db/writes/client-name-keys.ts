// Keys for clients written before clients.name_key existed (migration client_name_key adds the
// column; its rule is TypeScript, lib/clients/name-key.ts, so the rows are keyed here, when the
// database is opened, right after the migrations). Idempotent: only rows without keys are read.
import { isNull, or, eq, asc } from "drizzle-orm";
import { clientNameKey, clientSearchKey } from "../../lib/clients/name-key";
import { clients } from "../schema";
import type { Conn } from "../client";

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
 * search and opened as before, never matched by create or import, and keyed by its next rename.
 * Returns those, for the start-up log to name.
 */
export function keyClientNames(tx: Conn): SharedKey[] {
  const unkeyed = tx
    .select({ id: clients.id, name: clients.name, nameKey: clients.nameKey, searchKey: clients.searchKey })
    .from(clients)
    .where(or(isNull(clients.nameKey), isNull(clients.searchKey)))
    .orderBy(asc(clients.id))
    .all();
  const shared: SharedKey[] = [];
  for (const client of unkeyed) {
    const key = clientNameKey(client.name);
    const holder = tx.select({ id: clients.id, name: clients.name }).from(clients).where(eq(clients.nameKey, key)).get();
    const nameKey = holder && holder.id !== client.id ? null : key;
    if (holder && holder.id !== client.id) shared.push({ id: client.id, name: client.name, sameAs: holder });
    tx.update(clients).set({ nameKey, searchKey: clientSearchKey(client.name) }).where(eq(clients.id, client.id)).run();
  }
  return shared;
}

/** Said at every start while such clients exist, so an admin renames (or reconciles) them. */
export function warnSharedClientKeys(shared: readonly SharedKey[]): void {
  if (!shared.length) return;
  const list = shared.map((s) => `#${s.id} "${s.name}" (same as #${s.sameAs.id} "${s.sameAs.name}")`).join("; ");
  console.warn(`${shared.length} client name${shared.length === 1 ? " means" : "s mean"} the same as an older client's, so import and create match the older one: ${list}. Rename one to tell them apart.`);
}
