// Writing checked import rows: the records their timestamps imply, so reports treat imported and
// live setbacks alike. Runs inside the import command's one transaction.
import { eq, isNotNull, sql } from "drizzle-orm";
import type { ImportRow } from "../../lib/import/rows";
import { formatReference } from "../../lib/setbacks/reference";
import type { Stage } from "../../lib/setbacks/vocabulary";
import { appendEvents, type NewEvent } from "../audit";
import { categories, clients, rootCauseCategories, setbacks } from "../schema";
import type { Conn } from "../client";
import { insertCommunication, insertCompensation, insertFollowUp, insertLesson, insertRemedyTask } from "./records";
import { highestSetbackNumber, insertSetback } from "./setbacks";

export function importedExternalIds(tx: Conn): Set<string> {
  return new Set(tx.select({ id: setbacks.externalId }).from(setbacks).where(isNotNull(setbacks.externalId)).all().map((r) => r.id!));
}

/** Keys and labels, lower case, of categories (and root-cause categories) → key. */
export function lookupMaps(tx: Conn) {
  const map = (rows: { key: string; label: string }[]) => new Map(rows.flatMap((r) => [[r.key.toLowerCase(), r.key], [r.label.toLowerCase(), r.key]] as [string, string][]));
  return {
    categories: map(tx.select({ key: categories.key, label: categories.label }).from(categories).all()),
    rootCauses: map(tx.select({ key: rootCauseCategories.key, label: rootCauseCategories.label }).from(rootCauseCategories).all()),
  };
}

function stageOf(r: ImportRow): Stage {
  if (r.closedAt !== null) return "closed";
  if (r.followedUpAt !== null) return "review";
  if (r.compensation !== null) return "follow_up";
  if (r.remediedAt !== null) return "compensation";
  if (r.notifiedAt !== null) return "remedying";
  return "discovered";
}

export function writeImportedRows(tx: Conn, rows: readonly ImportRow[], actorId: number | null, rootCauses: ReadonlyMap<string, string>, now: number): number {
  // Gathered and appended at the end, so the head is signed once for the whole file.
  const pending: NewEvent[] = [];
  const clientIds = new Map<string, number>();
  const clientId = (name: string) => {
    const key = name.toLowerCase();
    let id = clientIds.get(key) ?? tx.select({ id: clients.id }).from(clients).where(eq(sql`lower(${clients.name})`, key)).get()?.id;
    if (id === undefined) {
      id = tx.insert(clients).values({ name, createdAt: now, updatedAt: now }).returning({ id: clients.id }).get().id;
      pending.push({ kind: "client.created", actorId, clientId: id, at: now, data: { name, imported: true } });
    }
    clientIds.set(key, id);
    return id;
  };
  let number = highestSetbackNumber(tx) ?? 0;
  for (const r of rows) {
    number += 1;
    const stage = stageOf(r);
    const cid = clientId(r.client);
    const stageChangedAt = r.closedAt ?? r.followedUpAt ?? r.remediedAt ?? r.notifiedAt ?? r.discoveredAt;
    const setbackId = insertSetback(tx, {
      number, clientId: cid, title: r.title, category: r.category, severity: r.severity, fault: r.fault, source: "internal",
      occurredAt: r.occurredAt, discoveredAt: r.discoveredAt, stage, stageChangedAt, externalId: r.externalId, reportedById: actorId, createdAt: now, updatedAt: now,
    });
    const reference = formatReference(number);
    // Each implied record gets the event that creates it, as one made in the app would
    // (audit:verify checks every record against it); `recordsLogged` says this import did so.
    const event = (kind: NewEvent["kind"], data: Record<string, unknown>) => pending.push({ kind, actorId, setbackId, clientId: cid, at: now, data: { reference, ...data, imported: true } });
    event("setback.imported", { externalId: r.externalId, line: r.line, stage, recordsLogged: true });
    if (r.notifiedAt !== null) {
      const told = { direction: "outbound" as const, channel: r.notifiedChannel, occurredAt: r.notifiedAt, summary: "Notified (imported)" };
      const communicationId = insertCommunication(tx, { ...told, setbackId, authorId: actorId, createdAt: now });
      event("communication.logged", { communicationId, ...told });
    }
    if (r.remediedAt !== null) {
      const taskId = insertRemedyTask(tx, { setbackId, description: "Remedy (imported)", status: "done", doneAt: r.remediedAt, createdAt: now });
      event("remedy.added", { taskId, description: "Remedy (imported)", doneAt: r.remediedAt });
    }
    if (r.compensation) {
      const at = r.remediedAt ?? r.notifiedAt ?? r.discoveredAt;
      const compensationId = insertCompensation(tx, { setbackId, ...r.compensation, status: "issued", approvedAt: at, issuedAt: at, createdAt: now });
      event("compensation.recorded", { compensationId, ...r.compensation, status: "issued" });
    }
    if (r.followedUpAt !== null) {
      const followUpId = insertFollowUp(tx, { setbackId, dueAt: r.followedUpAt, status: "done", doneAt: r.followedUpAt, satisfaction: r.satisfaction, createdAt: now });
      event("follow_up.added", { followUpId, dueAt: r.followedUpAt, satisfaction: r.satisfaction });
    }
    if (r.rootCause) {
      const category = rootCauses.get(r.rootCause.toLowerCase()) ?? "other";
      const lessonId = insertLesson(tx, { setbackId, rootCauseCategory: category, rootCause: r.rootCause, noActionReason: "Imported from a spreadsheet", createdAt: now, updatedAt: now });
      event("lesson.recorded", { lessonId, rootCauseCategory: category, rootCause: r.rootCause });
    }
  }
  appendEvents(tx, pending);
  return rows.length;
}
