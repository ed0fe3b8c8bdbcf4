// In-app notices (db/schema.ts "notices"): one per person and notice key, written with the
// notice's mails in the change's own transaction.
import { and, eq, inArray, isNull } from "drizzle-orm";
import { notices, users } from "../schema";
import type { Conn } from "../client";

export interface NewNotice {
  key: string;
  userId: number;
  kind: string;
  title: string;
  href: string;
  setbackId?: number | null;
}

/** Writes the notice unless this person already has it: true if written. */
export function insertNotice(tx: Conn, n: NewNotice, now: number): boolean {
  return tx.insert(notices).values({ ...n, setbackId: n.setbackId ?? null, createdAt: now }).onConflictDoNothing().run().changes > 0;
}

export interface Recipient {
  id: number;
  name: string;
  email: string;
}

const recipientColumns = { id: users.id, name: users.name, email: users.email };

/** Every active manager: whom breaches are escalated to. */
export function activeManagers(tx: Conn): Recipient[] {
  return tx.select(recipientColumns).from(users).where(and(eq(users.role, "manager"), eq(users.active, true))).all();
}

export function activeUsers(tx: Conn, ids: readonly number[]): Recipient[] {
  return ids.length ? tx.select(recipientColumns).from(users).where(and(inArray(users.id, [...ids]), eq(users.active, true))).all() : [];
}

/** Marks one of `userId`'s notices read (or all of them when `id` is null): how many changed. */
export function markNoticesRead(tx: Conn, userId: number, id: number | null, now: number): number {
  const where = id === null ? and(eq(notices.userId, userId), isNull(notices.readAt)) : and(eq(notices.userId, userId), eq(notices.id, id), isNull(notices.readAt));
  return tx.update(notices).set({ readAt: now }).where(where).run().changes;
}
