// Everything the setback page shows beside its fields: the records of each lifecycle panel.
import { and, asc, eq, isNull } from "drizzle-orm";
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

export async function getSetbackRecords(conn: Conn, setback: { id: number; clientId: number; noCompensationReason: string | null }) {
  const { id: setbackId, clientId } = setback;
  const comms = conn
    .select({ communication: communications, author: users.name, contact: contacts.name })
    .from(communications)
    .leftJoin(users, eq(users.id, communications.authorId))
    .leftJoin(contacts, eq(contacts.id, communications.contactId))
    .where(eq(communications.setbackId, setbackId))
    .orderBy(asc(communications.occurredAt), asc(communications.id))
    .all();
  const correctedBy = new Map(comms.filter((c) => c.communication.correctsId).map((c) => [c.communication.correctsId!, c.communication.id]));
  const lesson = conn
    .select({ lesson: lessons, rootCauseLabel: rootCauseCategories.label })
    .from(lessons)
    .leftJoin(rootCauseCategories, eq(rootCauseCategories.key, lessons.rootCauseCategory))
    .where(eq(lessons.setbackId, setbackId))
    .get();
  const records = {
    communications: comms.map((c) => ({ ...c.communication, author: c.author, contact: c.contact, correctedById: correctedBy.get(c.communication.id) ?? null })),
    contacts: conn
      .select({ id: contacts.id, name: contacts.name, email: contacts.email, phone: contacts.phone })
      .from(contacts)
      .where(and(eq(contacts.clientId, clientId), isNull(contacts.archivedAt)))
      .orderBy(asc(contacts.name))
      .all(),
    remedyTasks: conn
      .select({ task: remedyTasks, owner: users.name })
      .from(remedyTasks)
      .leftJoin(users, eq(users.id, remedyTasks.ownerId))
      .where(eq(remedyTasks.setbackId, setbackId))
      .orderBy(asc(remedyTasks.id))
      .all()
      .map((r) => ({ ...r.task, owner: r.owner })),
    compensations: conn
      .select({ compensation: compensations, proposer: users.name, approver: approver.name })
      .from(compensations)
      .leftJoin(users, eq(users.id, compensations.proposedById))
      .leftJoin(approver, eq(approver.id, compensations.approvedById))
      .where(eq(compensations.setbackId, setbackId))
      .orderBy(asc(compensations.id))
      .all()
      .map((r) => ({ ...r.compensation, proposer: r.proposer, approver: r.approver })),
    followUps: conn
      .select({ followUp: followUps, owner: users.name })
      .from(followUps)
      .leftJoin(users, eq(users.id, followUps.ownerId))
      .where(eq(followUps.setbackId, setbackId))
      .orderBy(asc(followUps.dueAt), asc(followUps.id))
      .all()
      .map((r) => ({ ...r.followUp, owner: r.owner })),
    lesson: lesson ? { ...lesson.lesson, rootCauseLabel: lesson.rootCauseLabel } : null,
    preventiveActions: lesson
      ? conn
          .select({ action: preventiveActions, owner: users.name })
          .from(preventiveActions)
          .leftJoin(users, eq(users.id, preventiveActions.ownerId))
          .where(eq(preventiveActions.lessonId, lesson.lesson.id))
          .orderBy(asc(preventiveActions.id))
          .all()
          .map((r) => ({ ...r.action, owner: r.owner }))
      : [],
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
