import { and, eq, isNotNull, isNull, ne } from "drizzle-orm";
import { clientNameKey, clientSearchKey } from "../../lib/clients/name-key";
import { clients, contacts, type Client, type Contact } from "../schema";
import type { Conn } from "../client";

type ClientValues = Omit<typeof clients.$inferInsert, "nameKey" | "searchKey">;

/** Both keys of a name: every write of a name writes them too, so matching never sees a stale one. */
export function nameKeys(name: string) {
  return { nameKey: clientNameKey(name), searchKey: clientSearchKey(name) };
}

export function loadClient(tx: Conn, id: number): Client | undefined {
  return tx.select().from(clients).where(eq(clients.id, id)).get();
}

export function loadContact(tx: Conn, id: number): Contact | undefined {
  return tx.select().from(contacts).where(eq(contacts.id, id)).get();
}

/** A client's contacts still in use (not archived): who a report through their link may be from. */
export function currentContacts(tx: Conn, clientId: number): Contact[] {
  return tx.select().from(contacts).where(and(eq(contacts.clientId, clientId), isNull(contacts.archivedAt))).all();
}

/** The client whose name means the same as `name` (other than `exceptId`), if any. */
export function clientNamedLike(tx: Conn, name: string, exceptId?: number): { id: number; name: string } | undefined {
  const key = eq(clients.nameKey, clientNameKey(name));
  return tx
    .select({ id: clients.id, name: clients.name })
    .from(clients)
    .where(exceptId === undefined ? key : and(key, ne(clients.id, exceptId)))
    .get();
}

/** Every keyed client by its name key: what an import matches its rows against. */
export function clientsByNameKey(tx: Conn): Map<string, { id: number; name: string }> {
  const rows = tx.select({ id: clients.id, name: clients.name, key: clients.nameKey }).from(clients).where(isNotNull(clients.nameKey)).all();
  return new Map(rows.map((r) => [r.key!, { id: r.id, name: r.name }]));
}

export function insertClient(tx: Conn, values: ClientValues): number {
  return tx.insert(clients).values({ ...values, ...nameKeys(values.name) }).returning({ id: clients.id }).get().id;
}

export function updateClient(tx: Conn, id: number, patch: Partial<ClientValues>): void {
  const keys = patch.name === undefined ? {} : nameKeys(patch.name);
  tx.update(clients).set({ ...patch, ...keys }).where(eq(clients.id, id)).run();
}

export function insertContact(tx: Conn, values: typeof contacts.$inferInsert): number {
  return tx.insert(contacts).values(values).returning({ id: contacts.id }).get().id;
}

export function updateContact(tx: Conn, id: number, patch: Partial<typeof contacts.$inferInsert>): void {
  tx.update(contacts).set(patch).where(eq(contacts.id, id)).run();
}
