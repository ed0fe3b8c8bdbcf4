// Everything the setback page shows beside its fields: the records of each lifecycle panel.
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  communications,
  compensations,
  contacts,
  followUps,
  lessons,
  preventiveActions,
  remedyTasks,
  rootCauseCategories,
  users,
} from "../schema";
import type { Conn } from "../client";
import { preparedOn } from "./prepared";
import type { LifecycleRecords } from "../../lib/setbacks/lifecycle";

const approver = alias(users, "approver");

/**
 * The guards' records, counted from the rows the page has already read (the page's next step and
 * move buttons use them; the write re-reads them inside its transaction, db/writes/lifecycle.ts).
 */
function lifecycleOf(
  rows: { communications: { direction: string }[]; remedyTasks: LifecycleRecords["remedyTasks"]; compensations: LifecycleRecords["compensations"]; followUps: LifecycleRecords["followUps"] },
  lesson: { rootCause: string; noActionReason: string | null } | null,
  preventiveActions: number,
  noCompensationReason: string | null,
): LifecycleRecords {
  return {
    outboundCommunications: rows.communications.filter((c) => c.direction === "outbound").length,
    remedyTasks: rows.remedyTasks.map((t) => ({ status: t.status })),
    compensations: rows.compensations.map((c) => ({ status: c.status })),
    noCompensationReason,
    followUps: rows.followUps.map((f) => ({ status: f.status, satisfaction: f.satisfaction, retained: f.retained })),
    lesson: lesson ? { rootCause: lesson.rootCause, noActionReason: lesson.noActionReason, preventiveActions } : null,
  };
}

const bySetback = sql.placeholder("setbackId");

/** The page's seven reads, prepared once per connection (./prepared.ts): their SQL never changes. */
function queriesOn(conn: Conn) {
  return preparedOn(conn, "setbackRecords", (c) => ({
    communications: c
      .select({ communication: communications, author: users.name, contact: contacts.name })
      .from(communications)
      .leftJoin(users, eq(users.id, communications.authorId))
      .leftJoin(contacts, eq(contacts.id, communications.contactId))
      .where(eq(communications.setbackId, bySetback))
      .orderBy(asc(communications.occurredAt), asc(communications.id))
      .prepare(),
    lesson: c
      .select({ lesson: lessons, rootCauseLabel: rootCauseCategories.label })
      .from(lessons)
      .leftJoin(rootCauseCategories, eq(rootCauseCategories.key, lessons.rootCauseCategory))
      .where(eq(lessons.setbackId, bySetback))
      .prepare(),
    contacts: c
      .select({ id: contacts.id, name: contacts.name, email: contacts.email, phone: contacts.phone })
      .from(contacts)
      .where(and(eq(contacts.clientId, sql.placeholder("clientId")), isNull(contacts.archivedAt)))
      .orderBy(asc(contacts.name))
      .prepare(),
    remedyTasks: c
      .select({ task: remedyTasks, owner: users.name })
      .from(remedyTasks)
      .leftJoin(users, eq(users.id, remedyTasks.ownerId))
      .where(eq(remedyTasks.setbackId, bySetback))
      .orderBy(asc(remedyTasks.id))
      .prepare(),
    compensations: c
      .select({ compensation: compensations, proposer: users.name, approver: approver.name })
      .from(compensations)
      .leftJoin(users, eq(users.id, compensations.proposedById))
      .leftJoin(approver, eq(approver.id, compensations.approvedById))
      .where(eq(compensations.setbackId, bySetback))
      .orderBy(asc(compensations.id))
      .prepare(),
    followUps: c
      .select({ followUp: followUps, owner: users.name })
      .from(followUps)
      .leftJoin(users, eq(users.id, followUps.ownerId))
      .where(eq(followUps.setbackId, bySetback))
      .orderBy(asc(followUps.dueAt), asc(followUps.id))
      .prepare(),
    preventiveActions: c
      .select({ action: preventiveActions, owner: users.name })
      .from(preventiveActions)
      .leftJoin(users, eq(users.id, preventiveActions.ownerId))
      .where(eq(preventiveActions.lessonId, sql.placeholder("lessonId")))
      .orderBy(asc(preventiveActions.id))
      .prepare(),
  }));
}

export async function getSetbackRecords(conn: Conn, setback: { id: number; clientId: number; noCompensationReason: string | null }) {
  const q = queriesOn(conn);
  const at = { setbackId: setback.id };
  const comms = q.communications.all(at);
  const correctedBy = new Map(comms.filter((c) => c.communication.correctsId).map((c) => [c.communication.correctsId!, c.communication.id]));
  const lesson = q.lesson.get(at);
  const records = {
    communications: comms.map((c) => ({ ...c.communication, author: c.author, contact: c.contact, correctedById: correctedBy.get(c.communication.id) ?? null })),
    contacts: q.contacts.all({ clientId: setback.clientId }),
    remedyTasks: q.remedyTasks.all(at).map((r) => ({ ...r.task, owner: r.owner })),
    compensations: q.compensations.all(at).map((r) => ({ ...r.compensation, proposer: r.proposer, approver: r.approver })),
    followUps: q.followUps.all(at).map((r) => ({ ...r.followUp, owner: r.owner })),
    lesson: lesson ? { ...lesson.lesson, rootCauseLabel: lesson.rootCauseLabel } : null,
    preventiveActions: lesson ? q.preventiveActions.all({ lessonId: lesson.lesson.id }).map((r) => ({ ...r.action, owner: r.owner })) : [],
  };
  return { ...records, lifecycle: lifecycleOf(records, records.lesson, records.preventiveActions.length, setback.noCompensationReason) };
}
export type SetbackRecords = Awaited<ReturnType<typeof getSetbackRecords>>;

export async function rootCauseOptions(conn: Conn) {
  return conn
    .select({ value: rootCauseCategories.key, label: rootCauseCategories.label })
    .from(rootCauseCategories)
    .where(eq(rootCauseCategories.active, true))
    .orderBy(asc(rootCauseCategories.position))
    .all();
}
