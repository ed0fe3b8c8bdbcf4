import { eq } from "drizzle-orm";
import { clients, contacts, type Client, type Contact } from "../schema";
import type { Conn } from "../client";

export function loadClient(tx: Conn, id: number): Client | undefined {
  return tx.select().from(clients).where(eq(clients.id, id)).get();
}

export function loadContact(tx: Conn, id: number): Contact | undefined {
  return tx.select().from(contacts).where(eq(contacts.id, id)).get();
}

export function insertClient(tx: Conn, values: typeof clients.$inferInsert): number {
  return tx.insert(clients).values(values).returning({ id: clients.id }).get().id;
}

export function updateClient(tx: Conn, id: number, patch: Partial<typeof clients.$inferInsert>): void {
  tx.update(clients).set(patch).where(eq(clients.id, id)).run();
}

export function insertContact(tx: Conn, values: typeof contacts.$inferInsert): number {
  return tx.insert(contacts).values(values).returning({ id: contacts.id }).get().id;
}

export function updateContact(tx: Conn, id: number, patch: Partial<typeof contacts.$inferInsert>): void {
  tx.update(contacts).set(patch).where(eq(contacts.id, id)).run();
}
