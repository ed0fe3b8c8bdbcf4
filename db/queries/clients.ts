import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { clients, contacts, setbacks, users } from "../schema";
import type { Conn } from "../client";
import { clientNameContains } from "./contains";

/** Clients by name, with how many setbacks each has open and in all. */
export async function listClients(conn: Conn, search?: string) {
  const q = search?.trim();
  return conn
    .select({
      id: clients.id,
      name: clients.name,
      accountOwner: users.name,
      openSetbacks: sql<number>`(select count(*) from ${setbacks} s where s.client_id = ${clients.id} and s.stage <> 'closed')`,
      totalSetbacks: sql<number>`(select count(*) from ${setbacks} s where s.client_id = ${clients.id})`,
    })
    .from(clients)
    .leftJoin(users, eq(users.id, clients.accountOwnerId))
    .where(q ? clientNameContains(q) : undefined)
    .orderBy(sql`${clients.name} collate nocase`)
    .all();
}

/** Above this many clients a filter asks for part of a name instead of listing them all. */
export const CLIENT_CHOICE_MAX = 100;

/** The clients to choose from in a filter, or null when there are too many to list. */
export async function clientChoice(conn: Conn): Promise<{ value: number; label: string }[] | null> {
  const count = conn.select({ n: sql<number>`count(*)` }).from(clients).get()?.n ?? 0;
  if (count > CLIENT_CHOICE_MAX) return null;
  return (await clientOptions(conn)).map((c) => ({ value: c.id, label: c.name }));
}

export async function clientOptions(conn: Conn) {
  return conn.select({ id: clients.id, name: clients.name }).from(clients).orderBy(sql`${clients.name} collate nocase`).all();
}

export async function getClient(conn: Conn, id: number) {
  const client = conn
    .select({
      id: clients.id,
      name: clients.name,
      notes: clients.notes,
      accountOwnerId: clients.accountOwnerId,
      accountOwner: users.name,
      createdAt: clients.createdAt,
      updatedAt: clients.updatedAt,
      version: clients.version,
    })
    .from(clients)
    .leftJoin(users, eq(users.id, clients.accountOwnerId))
    .where(eq(clients.id, id))
    .get();
  if (!client) return null;
  const people = conn
    .select()
    .from(contacts)
    .where(and(eq(contacts.clientId, id), isNull(contacts.archivedAt)))
    .orderBy(asc(contacts.name))
    .all();
  return { ...client, contacts: people };
}
export type ClientDetail = NonNullable<Awaited<ReturnType<typeof getClient>>>;
