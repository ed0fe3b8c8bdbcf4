import { executeCommand, type Actor, type Command } from "@/lib/commands/command";
import { createClient, addContact } from "@/lib/commands/clients";
import { reportSetback } from "@/lib/commands/setbacks";
import type { Db } from "@/db/client";
import type { z } from "zod";

const HOUR = 3_600_000;

/** Runs a command that must succeed, and returns its value. */
export async function ok<S extends z.ZodType, T>(db: Db, cmd: Command<S, T>, actor: Actor, input: Record<string, unknown>): Promise<T> {
  const result = await executeCommand(db, cmd, actor, input);
  if (!result.ok) throw new Error(`expected success, got ${result.status}: ${result.formError} ${JSON.stringify(result.fieldErrors)}`);
  return result.value;
}

/**
 * A client with one contact and a setback of `severity` discovered two hours ago. The first
 * client of a database is "Northwind", the next "Northwind 2", …: names are unique.
 */
export async function aSetback(db: Db, actor: Actor, severity = "high") {
  const clients = (db.$client.prepare("select count(*) as n from clients").get() as { n: number }).n;
  const { id: clientId } = await ok(db, createClient, actor, { name: clients ? `Northwind ${clients + 1}` : "Northwind" });
  const { id: contactId } = await ok(db, addContact, actor, { clientId, name: "Hannah Cole", email: "hannah@northwind.example" });
  const { id } = await ok(db, reportSetback, actor, {
    clientId,
    title: "Delivery two days late",
    category: "delay",
    severity,
    fault: "ours",
    source: "internal",
    occurredAt: new Date(Date.now() - 6 * HOUR).toISOString(),
    discoveredAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    ownerId: actor.id,
  });
  return { setbackId: id, clientId, contactId };
}

export function phoneCall(setbackId: number, contactId: number, extra: Record<string, unknown> = {}) {
  return {
    setbackId,
    contactId,
    direction: "outbound",
    channel: "phone",
    occurredAt: new Date(Date.now() - HOUR).toISOString(),
    summary: "Called Hannah to explain and apologise",
    apologised: "on",
    ...extra,
  };
}
